<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CalendarFileWords</name>
    <message>
        <source>isotrack appointments</source>
        <translation>Citas de isotrack</translation>
    </message>
</context>
<context>
    <name>FormatWords</name>
    <message>
        <source>arithmetic from your entries, not advice</source>
        <translation>cálculo a partir de sus registros, no es un consejo</translation>
    </message>
</context>
<context>
    <name>ImportFileWords</name>
    <message>
        <source>the file is not an isotrack export: it holds no JSON object</source>
        <translation>el archivo no es una exportación de isotrack: no contiene ningún objeto JSON</translation>
    </message>
    <message>
        <source>the file is not an isotrack export: its &quot;format&quot; is not &quot;{format}&quot;</source>
        <translation>el archivo no es una exportación de isotrack: su &quot;format&quot; no es &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>the file has a field this format does not know: {field}</source>
        <translation>el archivo tiene un campo que este formato no conoce: {field}</translation>
    </message>
    <message>
        <source>{where}: must be text</source>
        <translation>{where}: debe ser texto</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte}); an export is JSON in UTF-8</source>
        <translation>el archivo no es texto UTF-8 (byte {byte}); una exportación es JSON en UTF-8</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>el archivo no es JSON válido: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>the file is not valid JSON: a number has too many digits</source>
        <translation>el archivo no es JSON válido: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>the file is not an isotrack export: it is nested too deeply</source>
        <translation>el archivo no es una exportación de isotrack: tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {name} is not a JSON number</source>
        <translation>el archivo no es JSON válido: {name} no es un número JSON</translation>
    </message>
    <message>
        <source>the file was made by a newer isotrack (export format {version}); this version reads format {known}. Install the newer version to import it.</source>
        <translation>el archivo se hizo con una versión más reciente de isotrack (formato de exportación {version}); esta versión lee el formato {known}. Instale la versión más reciente para importarlo.</translation>
    </message>
    <message>
        <source>{where}: {version} is not a format version this isotrack knows ({known})</source>
        <translation>{where}: {version} no es una versión del formato que esta versión de isotrack conozca ({known})</translation>
    </message>
    <message>
        <source>{where}: must be an object with a list of rows for each table</source>
        <translation>{where}: debe ser un objeto con una lista de filas para cada tabla</translation>
    </message>
    <message>
        <source>{where}: not a table this format knows</source>
        <translation>{where}: no es una tabla que este formato conozca</translation>
    </message>
    <message>
        <source>{where}: must be a list of rows</source>
        <translation>{where}: debe ser una lista de filas</translation>
    </message>
    <message>
        <source>{where}: must be an object</source>
        <translation>{where}: debe ser un objeto</translation>
    </message>
    <message>
        <source>{where}: not a field this table has</source>
        <translation>{where}: no es un campo de esta tabla</translation>
    </message>
    <message>
        <source>{where}: may not be empty (null)</source>
        <translation>{where}: no puede estar vacío (null)</translation>
    </message>
    <message>
        <source>{where}: {value} is too large a whole number</source>
        <translation>{where}: {value} es un número entero demasiado grande</translation>
    </message>
    <message>
        <source>{where}: the number is too large</source>
        <translation>{where}: el número es demasiado grande</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}: {value} no es ninguno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{where}: missing</source>
        <translation>{where}: falta</translation>
    </message>
    <message>
        <source>{where}: {value} is not {kind}</source>
        <translation>{where}: {value} no es {kind}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a photo&apos;s file name</source>
        <translation>{where}: {value} no es el nombre de archivo de una foto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a date (&quot;YYYY-MM-DD&quot;)</source>
        <translation>una fecha (&quot;AAAA-MM-DD&quot;)</translation>
    </message>
    <message>
        <source>a UTC date and time (&quot;YYYY-MM-DDTHH:MM:SSZ&quot;)</source>
        <translation>una fecha y hora UTC (&quot;AAAA-MM-DDTHH:MM:SSZ&quot;)</translation>
    </message>
    <message>
        <source>a local date and time (&quot;YYYY-MM-DDTHH:MM:SS&quot;)</source>
        <translation>una fecha y hora locales (&quot;AAAA-MM-DDTHH:MM:SS&quot;)</translation>
    </message>
    <message>
        <source>a time of day (&quot;HH:MM:SS&quot;)</source>
        <translation>una hora del día (&quot;HH:MM:SS&quot;)</translation>
    </message>
    <message>
        <source>{where}: must be a list of file names</source>
        <translation>{where}: debe ser una lista de nombres de archivo</translation>
    </message>
    <message>
        <source>{where}: {value} is listed twice</source>
        <translation>{where}: {value} aparece dos veces</translation>
    </message>
    <message>
        <source>{where}: {value} is not the file of any {table}</source>
        <translation>{where}: {value} no es el archivo de ningún {table}</translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message numerus="yes">
        <source> (%n partial, {over} more than scheduled)</source>
        <translation>
            <numerusform> (%n parcial, {over} más de lo previsto)</numerusform>
            <numerusform> (%n parciales, {over} más de lo previsto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n partial)</source>
        <translation>
            <numerusform> (%n parcial)</numerusform>
            <numerusform> (%n parciales)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more than scheduled)</source>
        <translation>
            <numerusform> (%n más de lo previsto)</numerusform>
            <numerusform> (%n más de lo previsto)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryModelWords</name>
    <message>
        <source>This app does not replace medical advice. Follow your prescriber&apos;s instructions and your medicine&apos;s Medication Guide. Recording a test here does not submit it to iPLEDGE. Data entered by the patient; not verified.</source>
        <translation>Esta aplicación no sustituye el consejo médico. Siga las indicaciones de su médico y la Guía del medicamento. Registrar una prueba aquí no la envía a iPLEDGE. Datos introducidos por el paciente; no verificados.</translation>
    </message>
    <message>
        <source>Isotretinoin visit summary</source>
        <translation>Resumen de isotretinoína para la consulta</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>reference weight</source>
        <translation>peso de referencia</translation>
    </message>
    <message>
        <source>Can become pregnant</source>
        <translation>Puede quedarse embarazada</translation>
    </message>
    <message>
        <source>Primary method</source>
        <translation>Método principal</translation>
    </message>
    <message>
        <source>Secondary method</source>
        <translation>Método secundario</translation>
    </message>
    <message>
        <source>PHQ-9: answer above 0 to question 9 (score {score} of {most})</source>
        <translation>PHQ-9: respuesta por encima de 0 en la pregunta 9 (puntuación {score} de {most})</translation>
    </message>
    <message>
        <source>{name}: a total of {at} or more (score {score} of {most})</source>
        <translation>{name}: un total de {at} o más (puntuación {score} de {most})</translation>
    </message>
</context>
</TS>
