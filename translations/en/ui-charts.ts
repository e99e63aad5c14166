<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateChart</name>
    <message numerus="yes">
        <source>{name}: %n value(s), lowest {lowest}, highest {highest}, latest {latest} on {day}.</source>
        <translation>
            <numerusform>{name}: %n value, lowest {lowest}, highest {highest}, latest {latest} on {day}.</numerusform>
            <numerusform>{name}: %n values, lowest {lowest}, highest {highest}, latest {latest} on {day}.</numerusform>
        </translation>
    </message>
</context>
</TS>
