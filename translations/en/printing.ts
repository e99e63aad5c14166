<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PrintWords</name>
    <message numerus="yes">
        <source>Day {number}, week {week} of %n planned week(s)</source>
        <translation>
            <numerusform>Day {number}, week {week} of %n planned week</numerusform>
            <numerusform>Day {number}, week {week} of %n planned weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken with food on {with_food} of %n day(s) answered ({percent}).</source>
        <translation>
            <numerusform>Taken with food on {with_food} of %n day answered ({percent}).</numerusform>
            <numerusform>Taken with food on {with_food} of %n days answered ({percent}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken with food on {with_food} of %n day(s) answered ({percent}); not recorded on {days}.</source>
        <translation>
            <numerusform>Taken with food on {with_food} of %n day answered ({percent}); not recorded on {days}.</numerusform>
            <numerusform>Taken with food on {with_food} of %n days answered ({percent}); not recorded on {days}.</numerusform>
        </translation>
    </message>
</context>
</TS>
