<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppointmentsController</name>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planning %n follow-up visit(s) (replacing {proposals})</source>
        <translation>
            <numerusform>planning %n follow-up visit (replacing {proposals})</numerusform>
            <numerusform>planning %n follow-up visits (replacing {proposals})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planning %n follow-up visit(s)</source>
        <translation>
            <numerusform>planning %n follow-up visit</numerusform>
            <numerusform>planning %n follow-up visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n earlier proposal</numerusform>
            <numerusform>%n earlier proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n earlier proposal(s): the new plan has no visit.</source>
        <translation>
            <numerusform>Dropped %n earlier proposal: the new plan has no visit.</numerusform>
            <numerusform>Dropped %n earlier proposals: the new plan has no visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n follow-up visit(s), {first} to {last}, replacing {earlier}: confirm, move or drop each one.</source>
        <translation>
            <numerusform>Proposed %n follow-up visit, {first} to {last}, replacing {earlier}: confirm, move or drop each one.</numerusform>
            <numerusform>Proposed %n follow-up visits, {first} to {last}, replacing {earlier}: confirm, move or drop each one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n follow-up visit(s), {first} to {last}: confirm, move or drop each one.</source>
        <translation>
            <numerusform>Proposed %n follow-up visit, {first} to {last}: confirm, move or drop each one.</numerusform>
            <numerusform>Proposed %n follow-up visits, {first} to {last}: confirm, move or drop each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n earlier proposal</numerusform>
            <numerusform>%n earlier proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) will be proposed, replacing {earlier}:</source>
        <translation>
            <numerusform>%n visit will be proposed, replacing {earlier}:</numerusform>
            <numerusform>%n visits will be proposed, replacing {earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) will be proposed:</source>
        <translation>
            <numerusform>%n visit will be proposed:</numerusform>
            <numerusform>%n visits will be proposed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No visit to propose: saving drops %n earlier proposal(s) still to come.</source>
        <translation>
            <numerusform>No visit to propose: saving drops %n earlier proposal still to come.</numerusform>
            <numerusform>No visit to propose: saving drops %n earlier proposals still to come.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextAppointmentBox</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
