<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CourseController</name>
    <message numerus="yes">
        <source>filling in %n day(s)</source>
        <translation>
            <numerusform>filling in %n day</numerusform>
            <numerusform>filling in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported %n event(s) to {path}; open that file with your calendar program.</source>
        <translation>
            <numerusform>Exported %n event to {path}; open that file with your calendar program.</numerusform>
            <numerusform>Exported %n events to {path}; open that file with your calendar program.</numerusform>
        </translation>
    </message>
</context>
</TS>
