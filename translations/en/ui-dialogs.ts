<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>Moved %n copy(ies); new copies will be kept there too.</source>
        <translation>
            <numerusform>Moved %n copy; new copies will be kept there too.</numerusform>
            <numerusform>Moved %n copies; new copies will be kept there too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesTexts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndCourseTexts</name>
    <message numerus="yes">
        <source>The %n proposed visit(s) after that day (not yet confirmed) will be dropped; the visits you confirmed stay.</source>
        <translation>
            <numerusform>The proposed visit after that day (not yet confirmed) will be dropped; the visits you confirmed stay.</numerusform>
            <numerusform>The %n proposed visits after that day (not yet confirmed) will be dropped; the visits you confirmed stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its final figures would be: %n day(s), {mg} = {mg_per_kg}, {percent} of your {target} mg/kg target.</source>
        <translation>
            <numerusform>Its final figures would be: %n day, {mg} = {mg_per_kg}, {percent} of your {target} mg/kg target.</numerusform>
            <numerusform>Its final figures would be: %n days, {mg} = {mg_per_kg}, {percent} of your {target} mg/kg target.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupTexts</name>
    <message numerus="yes">
        <source>Start on {when}? That is %n year(s) ago: day {day} of the course.</source>
        <translation>
            <numerusform>Start on {when}? That is %n year ago: day {day} of the course.</numerusform>
            <numerusform>Start on {when}? That is %n years ago: day {day} of the course.</numerusform>
        </translation>
    </message>
</context>
</TS>
