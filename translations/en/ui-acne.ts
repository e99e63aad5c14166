<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SkinProgressPage</name>
    <message numerus="yes">
        <source>Added %n photo(s) of {day}.</source>
        <translation>
            <numerusform>Added %n photo of {day}.</numerusform>
            <numerusform>Added %n photos of {day}.</numerusform>
        </translation>
    </message>
</context>
</TS>
