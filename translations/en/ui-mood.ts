<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MoodView</name>
    <message numerus="yes">
        <source>Saved: a PHQ-2 reminder every %n day(s).</source>
        <translation>
            <numerusform>Saved: a PHQ-2 reminder every %n day.</numerusform>
            <numerusform>Saved: a PHQ-2 reminder every %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
