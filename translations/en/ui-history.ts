<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>{shown} of %n day(s)</source>
        <translation>
            <numerusform>{shown} of %n day</numerusform>
            <numerusform>{shown} of %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
