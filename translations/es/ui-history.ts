<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BacklogBox</name>
    <message>
        <source>Enter a backlog</source>
        <translation>Registrar días pasados</translation>
    </message>
    <message>
        <source>Fill in from</source>
        <translation>Registrar desde</translation>
    </message>
    <message>
        <source>The first day to fill in</source>
        <translation>El primer día que se registra</translation>
    </message>
    <message>
        <source>Fill in until</source>
        <translation>Registrar hasta</translation>
    </message>
    <message>
        <source>The last day to fill in</source>
        <translation>El último día que se registra</translation>
    </message>
    <message>
        <source>Fill in as ta&amp;ken</source>
        <translation>&amp;Registrar como tomadas</translation>
    </message>
    <message>
        <source>Fill in as taken</source>
        <translation>Registrar como tomadas</translation>
    </message>
    <message>
        <source>Mark the days without an entry in this range as taken at the scheduled dose</source>
        <translation>Registrar como tomada la dosis prevista de cada día sin registro de este intervalo</translation>
    </message>
    <message>
        <source>First da&amp;y:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Started using the app mid-course? Mark every day without an entry in a range as taken at its scheduled dose. Days with an entry and pause days stay as they are.</source>
        <translation>¿Empezó a usar la aplicación a mitad del tratamiento? Registre como tomada la dosis prevista de cada día sin registro de un intervalo. Los días que ya tienen un registro y los días de pausa no cambian.</translation>
    </message>
    <message>
        <source>About entering a backlog</source>
        <translation>Acerca de registrar días pasados</translation>
    </message>
</context>
<context>
    <name>DayLegend</name>
    <message>
        <source>Legend: {state}</source>
        <translation>Leyenda: {state}</translation>
    </message>
</context>
<context>
    <name>DayText</name>
    <message>
        <source>{date} · day {number} · {state}</source>
        <translation>{date} · día {number} · {state}</translation>
    </message>
    <message>
        <source>Nothing scheduled (pause); nothing recorded.</source>
        <translation>Nada previsto (pausa); nada registrado.</translation>
    </message>
    <message>
        <source>Scheduled {dose}; nothing recorded for this day.</source>
        <translation>Prevista: {dose}; nada registrado para este día.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Scheduled {dose}</source>
        <translation>Prevista: {dose}</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>{scheduled}; none taken (missed).</source>
        <translation>{scheduled}; no se tomó nada (olvidada).</translation>
    </message>
    <message>
        <source>{scheduled}; none taken (skipped).</source>
        <translation>{scheduled}; no se tomó nada (omitida).</translation>
    </message>
    <message>
        <source>taken {dose}</source>
        <translation>tomada: {dose}</translation>
    </message>
    <message>
        <source>Meal: not recorded.</source>
        <translation>Comida: sin registrar.</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>{date}: {state}</source>
        <translation>{date}: {state}</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>taken, {dose}</source>
        <translation>tomada, {dose}</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show days</source>
        <translation>Días que se muestran</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Show only days whose note has this text</source>
        <translation>Mostrar solo los días cuya nota contiene este texto</translation>
    </message>
    <message>
        <source>Text in a note</source>
        <translation>Texto de una nota</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show from</source>
        <translation>Mostrar desde</translation>
    </message>
    <message>
        <source>The first day shown</source>
        <translation>El primer día que se muestra</translation>
    </message>
    <message>
        <source>Show until</source>
        <translation>Mostrar hasta</translation>
    </message>
    <message>
        <source>The last day shown</source>
        <translation>El último día que se muestra</translation>
    </message>
    <message>
        <source>Show &amp;all days</source>
        <translation>Mostrar &amp;todos los días</translation>
    </message>
    <message>
        <source>Show all days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <source>Matching days</source>
        <translation>Días que coinciden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Search &amp;notes:</source>
        <translation>Buscar en las &amp;notas:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n day(s)</source>
        <translation>
            <numerusform>{shown} de %n día</numerusform>
            <numerusform>{shown} de %n días</numerusform>
        </translation>
    </message>
</context>
</TS>
