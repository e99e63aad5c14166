<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarExportWords</name>
    <message numerus="yes">
        <source>The %n-day window to pick up your prescription after your negative test on {day} ends with this day.</source>
        <translation>
            <numerusform>The %n-day window to pick up your prescription after your negative test on {day} ends with this day.</numerusform>
            <numerusform>The %n-day window to pick up your prescription after your negative test on {day} ends with this day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseServiceWords</name>
    <message numerus="yes">
        <source>%n logged days are after {day}; choose a later last day, or mark them as not logged first</source>
        <translation>
            <numerusform>%n logged days are after {day}; choose a later last day, or mark them as not logged first</numerusform>
            <numerusform>%n logged days are after {day}; choose a later last day, or mark them as not logged first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged days are before {day}; mark them as not logged first, or choose an earlier start</source>
        <translation>
            <numerusform>%n logged days are before {day}; mark them as not logged first, or choose an earlier start</numerusform>
            <numerusform>%n logged days are before {day}; mark them as not logged first, or choose an earlier start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortableRulesWords</name>
    <message numerus="yes">
        <source>{record}: an intake is on cycle day {day}, but the cycle is %n days (0 to {last})</source>
        <translation>
            <numerusform>{record}: an intake is on cycle day {day}, but the cycle is %n days (0 to {last})</numerusform>
            <numerusform>{record}: an intake is on cycle day {day}, but the cycle is %n days (0 to {last})</numerusform>
        </translation>
    </message>
</context>
</TS>
