<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnalyteSection</name>
    <message>
        <source>H (high)</source>
        <translation>H (alto)</translation>
    </message>
    <message>
        <source>L (low)</source>
        <translation>L (bajo)</translation>
    </message>
    <message>
        <source>{value} ({converted})</source>
        <translation>{value} ({converted})</translation>
    </message>
    <message>
        <source>{test} {value} on {day}.</source>
        <translation>{test} {value} el {day}.</translation>
    </message>
    <message>
        <source>{test} {value} on {day}, fasting.</source>
        <translation>{test} {value} el {day}, en ayunas.</translation>
    </message>
    <message>
        <source>{test} {value} on {day}, not fasting.</source>
        <translation>{test} {value} el {day}, sin ayunar.</translation>
    </message>
    <message>
        <source>Lab&apos;s range: {range}. Flag: {flag}.</source>
        <translation>Intervalo del laboratorio: {range}. Marca: {flag}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Change from baseline: none, this result was taken outside your courses.</source>
        <translation>Cambio respecto al valor basal: ninguno, este resultado se obtuvo fuera de sus tratamientos.</translation>
    </message>
    <message>
        <source>Change from baseline: this is the baseline, what this test&apos;s results in the course are compared with.</source>
        <translation>Cambio respecto al valor basal: este es el valor basal, con el que se comparan los resultados de este análisis durante el tratamiento.</translation>
    </message>
    <message>
        <source>Change from baseline: {change} since {day}.</source>
        <translation>Cambio respecto al valor basal: {change} desde el {day}.</translation>
    </message>
    <message>
        <source>its unit</source>
        <translation>su unidad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation>En {unit}</translation>
    </message>
    <message>
        <source>Lab&apos;s range</source>
        <translation>Intervalo del laboratorio</translation>
    </message>
    <message>
        <source>Lab&apos;s flag</source>
        <translation>Marca del laboratorio</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Cambio respecto al valor basal</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>En ayunas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{test} results</source>
        <translation>Resultados de {test}</translation>
    </message>
    <message>
        <source>Selected {test} result</source>
        <translation>Resultado de {test} seleccionado</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Correct {test} result</source>
        <translation>Corregir resultado de {test}</translation>
    </message>
    <message>
        <source>Enter on a row</source>
        <translation>Intro en una fila</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove {test} result</source>
        <translation>Eliminar resultado de {test}</translation>
    </message>
    <message>
        <source>Delete on a row</source>
        <translation>Supr en una fila</translation>
    </message>
    <message>
        <source>Remove result…</source>
        <translation>Eliminar resultado…</translation>
    </message>
    <message>
        <source>About the {test} chart</source>
        <translation>Acerca del gráfico de {test}</translation>
    </message>
    <message>
        <source>Choose a result in the table to see it in full, correct or remove it.</source>
        <translation>Elija un resultado de la tabla para verlo completo, corregirlo o eliminarlo.</translation>
    </message>
    <message>
        <source>Only the results in {unit} are drawn.</source>
        <translation>Solo se dibujan los resultados en {unit}.</translation>
    </message>
    <message>
        <source>Drawn in {unit}: results reported in other units are converted.</source>
        <translation>Dibujado en {unit}: los resultados en otras unidades se convierten.</translation>
    </message>
    <message>
        <source>The shaded band is the lab&apos;s range printed with your result of {day} ({range}).</source>
        <translation>La banda sombreada es el intervalo del laboratorio impreso con su resultado del {day} ({range}).</translation>
    </message>
    <message>
        <source>The shaded band is the lab&apos;s range printed with your result of {day}.</source>
        <translation>La banda sombreada es el intervalo del laboratorio impreso con su resultado del {day}.</translation>
    </message>
    <message>
        <source>No range from the lab is recorded, so none is drawn.</source>
        <translation>No hay ningún intervalo del laboratorio registrado, así que no se dibuja ninguno.</translation>
    </message>
    <message>
        <source>{test} over time</source>
        <translation>{test} a lo largo del tiempo</translation>
    </message>
    <message>
        <source>{test} chart</source>
        <translation>Gráfico de {test}</translation>
    </message>
</context>
<context>
    <name>LabResultDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Yes, fasting</source>
        <translation>Sí, en ayunas</translation>
    </message>
    <message>
        <source>No, not fasting</source>
        <translation>No, sin ayunar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>H (high), as printed</source>
        <translation>H (alto), tal como aparece impresa</translation>
    </message>
    <message>
        <source>L (low), as printed</source>
        <translation>L (bajo), tal como aparece impresa</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Correct lab result</source>
        <translation>Corregir resultado de análisis</translation>
    </message>
    <message>
        <source>Add lab result</source>
        <translation>Añadir resultado de análisis</translation>
    </message>
    <message>
        <source>Date the blood was taken</source>
        <translation>Fecha de la extracción de sangre</translation>
    </message>
    <message>
        <source>Fasting</source>
        <translation>En ayunas</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>As on the lab&apos;s report, e.g. Vitamin D</source>
        <translation>Como en el informe del laboratorio, p. ej., Vitamina D</translation>
    </message>
    <message>
        <source>Name of the test</source>
        <translation>Nombre del análisis</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>As printed on the report, e.g. 150 or 1.7</source>
        <translation>Tal como aparece en el informe, p. ej., 150 o 1.7</translation>
    </message>
    <message>
        <source>e.g. 150 or 1.7</source>
        <translation>p. ej., 150 o 1.7</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Optional, as printed</source>
        <translation>Opcional, tal como aparece impreso</translation>
    </message>
    <message>
        <source>Lab&apos;s range, low end</source>
        <translation>Intervalo del laboratorio, límite inferior</translation>
    </message>
    <message>
        <source>Lab&apos;s range, high end</source>
        <translation>Intervalo del laboratorio, límite superior</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The lab&apos;s own flag, as printed beside the value</source>
        <translation>La marca del propio laboratorio, tal como aparece junto al valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional, up to {count} characters</source>
        <translation>Opcional, hasta {count} caracteres</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Fasting</source>
        <translation>En a&amp;yunas</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Lab&apos;s range</source>
        <translation>&amp;Intervalo del laboratorio</translation>
    </message>
    <message>
        <source>Fla&amp;g</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Copy the range and flag from the report as they are printed; the app shows them beside your value and does not judge it.</source>
        <translation>Copie el intervalo y la marca tal como aparecen impresos en el informe; la aplicación los muestra junto a su valor y no lo juzga.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>e.g. ng/mL</source>
        <translation>p. ej., ng/mL</translation>
    </message>
    <message>
        <source>the range&apos;s low end</source>
        <translation>el límite inferior del intervalo</translation>
    </message>
    <message>
        <source>the range&apos;s high end</source>
        <translation>el límite superior del intervalo</translation>
    </message>
</context>
<context>
    <name>LabsController</name>
    <message>
        <source>adding the {test} result of {day}</source>
        <translation>la adición del resultado de {test} del {day}</translation>
    </message>
    <message>
        <source>correcting the {test} result of {day}</source>
        <translation>la corrección del resultado de {test} del {day}</translation>
    </message>
    <message>
        <source>removing the {test} result of {day}</source>
        <translation>la eliminación del resultado de {test} del {day}</translation>
    </message>
</context>
<context>
    <name>LabsView</name>
    <message>
        <source>Labs</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>&amp;Add result…</source>
        <translation>Añadir &amp;resultado…</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Añadir resultado</translation>
    </message>
    <message>
        <source>Ctrl+N on this page</source>
        <translation>Ctrl+N en esta página</translation>
    </message>
    <message numerus="yes">
        <source>Your lab results as printed on the lab&apos;s report: the value, the lab&apos;s own range and flag, and the change from each test&apos;s baseline: your last result in the %n days up to the course&apos;s first day, else the course&apos;s first result. Lipids and glucose are compared in mg/dL: results reported in mmol/L are converted.</source>
        <translation>
            <numerusform>Sus resultados de análisis tal como aparecen en el informe del laboratorio: el valor, el intervalo y la marca del propio laboratorio, y el cambio respecto al valor basal de cada análisis: su último resultado en el %n día hasta el primer día del tratamiento o, si no lo hay, el primer resultado del tratamiento. Los lípidos y la glucosa se comparan en mg/dL: los resultados en mmol/L se convierten.</numerusform>
            <numerusform>Sus resultados de análisis tal como aparecen en el informe del laboratorio: el valor, el intervalo y la marca del propio laboratorio, y el cambio respecto al valor basal de cada análisis: su último resultado en los %n días hasta el primer día del tratamiento o, si no lo hay, el primer resultado del tratamiento. Los lípidos y la glucosa se comparan en mg/dL: los resultados en mmol/L se convierten.</numerusform>
        </translation>
    </message>
    <message>
        <source>About lab results</source>
        <translation>Acerca de los resultados de análisis</translation>
    </message>
    <message>
        <source>No lab results yet. Add one from your lab&apos;s report with “Add result…”.</source>
        <translation>Aún no hay resultados de análisis. Añada uno a partir del informe de su laboratorio con «Añadir resultado…».</translation>
    </message>
    <message>
        <source>No lab results</source>
        <translation>Sin resultados de análisis</translation>
    </message>
    <message>
        <source>Labs result</source>
        <translation>Resultado en análisis</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>Añadir resultado…</translation>
    </message>
    <message>
        <source>Added the {test} result of {day} ({value}).</source>
        <translation>Añadido el resultado de {test} del {day} ({value}).</translation>
    </message>
    <message>
        <source>Saved the {test} result of {day} ({value}).</source>
        <translation>Guardado el resultado de {test} del {day} ({value}).</translation>
    </message>
    <message>
        <source>Remove lab result</source>
        <translation>Eliminar resultado de análisis</translation>
    </message>
    <message>
        <source>Remove the {test} result of {day} ({value})?</source>
        <translation>¿Eliminar el resultado de {test} del {day} ({value})?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>Removed the {test} result of {day} ({value}).</source>
        <translation>Eliminado el resultado de {test} del {day} ({value}).</translation>
    </message>
</context>
</TS>
