<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MoodWords</name>
    <message numerus="yes">
        <source>{name} has {expected} questions; %n answer(s) given</source>
        <translation>
            <numerusform>{name} has {expected} questions; %n answer given</numerusform>
            <numerusform>{name} has {expected} questions; %n answers given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenWords</name>
    <message numerus="yes">
        <source>{doses}, repeating every %n day(s)</source>
        <translation>
            <numerusform>{doses}, repeating every %n day</numerusform>
            <numerusform>{doses}, repeating every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
