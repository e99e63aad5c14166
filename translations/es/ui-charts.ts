<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CumulativeDoseChart</name>
    <message>
        <source>Cumulative dose</source>
        <translation>Dosis acumulada</translation>
    </message>
    <message>
        <source>Taken so far</source>
        <translation>Tomada hasta ahora</translation>
    </message>
    <message>
        <source>Projection: arithmetic from your entries, not advice</source>
        <translation>Proyección: cálculo a partir de sus registros, no es un consejo</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>mg/kg, by {weight}</source>
        <translation>mg/kg, para {weight}</translation>
    </message>
    <message>
        <source>Target {value} mg/kg</source>
        <translation>Objetivo {value} mg/kg</translation>
    </message>
</context>
<context>
    <name>DateChart</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Lab&apos;s range</source>
        <translation>Intervalo del laboratorio</translation>
    </message>
    <message>
        <source>{chart}: nothing to show yet.</source>
        <translation>{chart}: aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>{chart}, {first} to {last}.</source>
        <translation>{chart}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>{name}: no values.</source>
        <translation>{name}: sin valores.</translation>
    </message>
    <message>
        <source>{name}: {start} on {start_day} to {end} on {end_day}.</source>
        <translation>{name}: de {start} el {start_day} a {end} el {end_day}.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n value(s), lowest {lowest}, highest {highest}, latest {latest} on {day}.</source>
        <translation>
            <numerusform>{name}: %n valor, mínimo {lowest}, máximo {highest}, último {latest} el {day}.</numerusform>
            <numerusform>{name}: %n valores, mínimo {lowest}, máximo {highest}, último {latest} el {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {low} to {high}.</source>
        <translation>{name}: de {low} a {high}.</translation>
    </message>
    <message>
        <source>{name}: up to {high}.</source>
        <translation>{name}: hasta {high}.</translation>
    </message>
    <message>
        <source>{name}: from {low}.</source>
        <translation>{name}: desde {low}.</translation>
    </message>
</context>
</TS>
