<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SideEffectsController</name>
    <message numerus="yes">
        <source>Saved your check-in of {day}: %n symptom(s) felt.</source>
        <translation>
            <numerusform>Saved your check-in of {day}: %n symptom felt.</numerusform>
            <numerusform>Saved your check-in of {day}: %n symptoms felt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideEffectsPage</name>
    <message numerus="yes">
        <source>%n red-flag report(s) {mark}: not yet marked as discussed with your doctor. Mark them on Today.</source>
        <translation>
            <numerusform>%n red-flag report {mark}: not yet marked as discussed with your doctor. Mark them on Today.</numerusform>
            <numerusform>%n red-flag reports {mark}: not yet marked as discussed with your doctor. Mark them on Today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SymptomHistory</name>
    <message numerus="yes">
        <source>{symptom}: %n report(s), the worst {severity}.</source>
        <translation>
            <numerusform>{symptom}: %n report, the worst {severity}.</numerusform>
            <numerusform>{symptom}: %n reports, the worst {severity}.</numerusform>
        </translation>
    </message>
</context>
</TS>
