<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReminderCoordinator</name>
    <message numerus="yes">
        <source>%n reminder(s) came due while the app was closed</source>
        <translation>
            <numerusform>%n reminder came due while the app was closed</numerusform>
            <numerusform>%n reminders came due while the app was closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due</source>
        <translation>
            <numerusform>%n reminder is due</numerusform>
            <numerusform>%n reminders are due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>{app}: %n due</source>
        <translation>
            <numerusform>{app}: %n due</numerusform>
            <numerusform>{app}: %n due</numerusform>
        </translation>
    </message>
</context>
</TS>
