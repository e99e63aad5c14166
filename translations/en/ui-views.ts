<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>Filled in %n day(s) as taken at the scheduled dose, {span}.</source>
        <translation>
            <numerusform>Filled in %n day as taken at the scheduled dose, {span}.</numerusform>
            <numerusform>Filled in %n days as taken at the scheduled dose, {span}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with an entry or a pause left as they are.</source>
        <translation>
            <numerusform>%n day with an entry or a pause left as they are.</numerusform>
            <numerusform>%n days with an entry or a pause left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenView</name>
    <message numerus="yes">
        <source>Saved: target {target} mg/kg, reference weight {weight}, %n week(s).</source>
        <translation>
            <numerusform>Saved: target {target} mg/kg, reference weight {weight}, %n week.</numerusform>
            <numerusform>Saved: target {target} mg/kg, reference weight {weight}, %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message numerus="yes">
        <source>{product} · started {start} · planned %n week(s), to {end}</source>
        <translation>
            <numerusform>{product} · started {start} · planned %n week, to {end}</numerusform>
            <numerusform>{product} · started {start} · planned %n weeks, to {end}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>It lasted %n day(s); these are its final figures. Nothing more is logged for it, and History and Regimen still show it. {correcting} To start another course, choose File &gt; Start a new course…</source>
        <translation>
            <numerusform>It lasted %n day; these are its final figures. Nothing more is logged for it, and History and Regimen still show it. {correcting} To start another course, choose File &gt; Start a new course…</numerusform>
            <numerusform>It lasted %n days; these are its final figures. Nothing more is logged for it, and History and Regimen still show it. {correcting} To start another course, choose File &gt; Start a new course…</numerusform>
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
        <source>Projected to reach the target in %n day(s), on {day} ({caveat}).</source>
        <translation>
            <numerusform>Projected to reach the target in %n day, on {day} ({caveat}).</numerusform>
            <numerusform>Projected to reach the target in %n days, on {day} ({caveat}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the doses entered, the target falls after the planned %n week(s) (ends {day}).</source>
        <translation>
            <numerusform>At the doses entered, the target falls after the planned %n week (ends {day}).</numerusform>
            <numerusform>At the doses entered, the target falls after the planned %n weeks (ends {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken{details} · {missed} missed · {skipped} skipped · {unlogged} not logged</source>
        <translation>
            <numerusform>%n day taken{details} · {missed} missed · {skipped} skipped · {unlogged} not logged</numerusform>
            <numerusform>%n days taken{details} · {missed} missed · {skipped} skipped · {unlogged} not logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken{details} · {missed} missed · {skipped} skipped · {unlogged} earlier not logged</source>
        <translation>
            <numerusform>%n day taken{details} · {missed} missed · {skipped} skipped · {unlogged} earlier not logged</numerusform>
            <numerusform>%n days taken{details} · {missed} missed · {skipped} skipped · {unlogged} earlier not logged</numerusform>
        </translation>
    </message>
</context>
</TS>
