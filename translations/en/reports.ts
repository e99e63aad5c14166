<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>StatusWords</name>
    <message numerus="yes">
        <source> (%n partial, {over} more than scheduled)</source>
        <translation>
            <numerusform> (%n partial, {over} more than scheduled)</numerusform>
            <numerusform> (%n partial, {over} more than scheduled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n partial)</source>
        <translation>
            <numerusform> (%n partial)</numerusform>
            <numerusform> (%n partial)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more than scheduled)</source>
        <translation>
            <numerusform> (%n more than scheduled)</numerusform>
            <numerusform> (%n more than scheduled)</numerusform>
        </translation>
    </message>
</context>
</TS>
