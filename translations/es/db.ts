<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FaultWords</name>
    <message>
        <source>is not a database file (it is damaged, or it is another kind of file)</source>
        <translation>no es un archivo de base de datos (está dañado, o es otro tipo de archivo)</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>está dañado ({detail})</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>error de entrada/salida del disco</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
</context>
</TS>
