<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PregnancyWording</name>
    <message numerus="yes">
        <source>Before starting, a second test at least %n day(s) after the screening test.</source>
        <translation>
            <numerusform>Before starting, a second test at least %n day after the screening test.</numerusform>
            <numerusform>Before starting, a second test at least %n days after the screening test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>During the course, a test is due %n day(s) after the last test.</source>
        <translation>
            <numerusform>During the course, a test is due %n day after the last test.</numerusform>
            <numerusform>During the course, a test is due %n days after the last test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After a negative test, the prescription can be picked up for {days} days, counting the test day as day 1: the window closes %n day(s) after the test.</source>
        <translation>
            <numerusform>After a negative test, the prescription can be picked up for {days} days, counting the test day as day 1: the window closes %n day after the test.</numerusform>
            <numerusform>After a negative test, the prescription can be picked up for {days} days, counting the test day as day 1: the window closes %n days after the test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A test %n day(s) after the last day of the course.</source>
        <translation>
            <numerusform>A test %n day after the last day of the course.</numerusform>
            <numerusform>A test %n days after the last day of the course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
