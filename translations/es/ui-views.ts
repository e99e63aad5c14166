<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>HistoryTexts</name>
    <message>
        <source>Saved: {day} as {entry}, more than the {scheduled} scheduled (was {before}).</source>
        <translation>Guardado: {day} como {entry}, más de los {scheduled} previstos (antes: {before}).</translation>
    </message>
    <message>
        <source>Saved: {day} as {entry}, more than the {scheduled} scheduled.</source>
        <translation>Guardado: {day} como {entry}, más de los {scheduled} previstos.</translation>
    </message>
    <message>
        <source>Saved: {day} as {entry} (was {before}).</source>
        <translation>Guardado: {day} como {entry} (antes: {before}).</translation>
    </message>
    <message>
        <source>Saved: {day} as {entry}.</source>
        <translation>Guardado: {day} como {entry}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Choose a day in the calendar or the table to see its whole entry here.</source>
        <translation>Elija un día en el calendario o en la tabla para ver aquí su registro completo.</translation>
    </message>
    <message>
        <source>Days of the course</source>
        <translation>Días del tratamiento</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Día seleccionado</translation>
    </message>
    <message>
        <source>Ed&amp;it selected day…</source>
        <translation>Modi&amp;ficar el día…</translation>
    </message>
    <message>
        <source>Edit selected day</source>
        <translation>Modificar el día seleccionado</translation>
    </message>
    <message>
        <source>&amp;Mark selected days as taken</source>
        <translation>&amp;Marcar como tomados</translation>
    </message>
    <message>
        <source>Mark selected days as taken</source>
        <translation>Marcar los días seleccionados como tomados</translation>
    </message>
    <message>
        <source>Mark the days without an entry from the earliest to the latest selected day as taken at the scheduled dose</source>
        <translation>Marca como tomados, a la dosis prevista, los días sin registro entre el primer y el último día seleccionados</translation>
    </message>
    <message>
        <source>History result</source>
        <translation>Resultado del historial</translation>
    </message>
    <message>
        <source>Course calendar</source>
        <translation>Calendario del tratamiento</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>No guardado: {error}.</translation>
    </message>
    <message>
        <source>Cleared {day} (was {before}).</source>
        <translation>Borrado el {day} (antes: {before}).</translation>
    </message>
    <message>
        <source>Nothing to fill in, {span}: every day has an entry or is a pause.</source>
        <translation>Nada que completar ({span}): todos los días tienen un registro o son una pausa.</translation>
    </message>
    <message numerus="yes">
        <source>Filled in %n day(s) as taken at the scheduled dose, {span}.</source>
        <translation>
            <numerusform>Se completó %n día como tomado a la dosis prevista ({span}).</numerusform>
            <numerusform>Se completaron %n días como tomados a la dosis prevista ({span}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with an entry or a pause left as they are.</source>
        <translation>
            <numerusform>%n día con registro o pausa se deja como estaba.</numerusform>
            <numerusform>%n días con registro o pausa se dejan como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegimenView</name>
    <message>
        <source>The same dose every day</source>
        <translation>La misma dosis cada día</translation>
    </message>
    <message>
        <source>Every day, in a morning and an evening intake</source>
        <translation>Cada día, en una toma de mañana y otra de noche</translation>
    </message>
    <message>
        <source>Two doses on alternate days</source>
        <translation>Dos dosis en días alternos</translation>
    </message>
    <message>
        <source>Current regimen</source>
        <translation>Pauta actual</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Próximo cambio</translation>
    </message>
    <message>
        <source>Your regimen</source>
        <translation>Su pauta</translation>
    </message>
    <message>
        <source>Dose periods</source>
        <translation>Periodos de dosis</translation>
    </message>
    <message>
        <source>New dose from</source>
        <translation>Nueva dosis desde</translation>
    </message>
    <message>
        <source>Dose pattern</source>
        <translation>Esquema de dosis</translation>
    </message>
    <message>
        <source>Daily dose</source>
        <translation>Dosis diaria</translation>
    </message>
    <message>
        <source>0 mg means a pause</source>
        <translation>0 mg significa una pausa</translation>
    </message>
    <message>
        <source>Dose on the other days</source>
        <translation>Dosis de los otros días</translation>
    </message>
    <message>
        <source> mg in the morning</source>
        <translation> mg por la mañana</translation>
    </message>
    <message>
        <source>Morning intake</source>
        <translation>Toma de la mañana</translation>
    </message>
    <message>
        <source>The evening intake is the rest of the day&apos;s dose</source>
        <translation>La toma de la noche es el resto de la dosis del día</translation>
    </message>
    <message>
        <source>Capsule strengths</source>
        <translation>Concentraciones de las cápsulas</translation>
    </message>
    <message>
        <source>Optional: the capsules making up the dose</source>
        <translation>Opcional: las cápsulas que forman la dosis</translation>
    </message>
    <message>
        <source>optional, e.g. 40+20</source>
        <translation>opcional, p. ej. 40+20</translation>
    </message>
    <message>
        <source>&amp;Add dose period</source>
        <translation>A&amp;ñadir periodo de dosis</translation>
    </message>
    <message>
        <source>Add dose period</source>
        <translation>Añadir periodo de dosis</translation>
    </message>
    <message>
        <source>&amp;Remove selected period…</source>
        <translation>E&amp;liminar periodo…</translation>
    </message>
    <message>
        <source>Remove selected period</source>
        <translation>Eliminar el periodo seleccionado</translation>
    </message>
    <message>
        <source>Dose period result</source>
        <translation>Resultado del periodo de dosis</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>Es&amp;quema</translation>
    </message>
    <message>
        <source>Dose a da&amp;y</source>
        <translation>Dosis dia&amp;ria</translation>
    </message>
    <message>
        <source>&amp;Other days</source>
        <translation>&amp;Otros días</translation>
    </message>
    <message>
        <source>Morn&amp;ing</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>&amp;Capsules</source>
        <translation>Cáp&amp;sulas</translation>
    </message>
    <message>
        <source>Dose periods (as prescribed)</source>
        <translation>Periodos de dosis (según la receta)</translation>
    </message>
    <message>
        <source>Each period runs until the next one starts. Select one to copy it into the form; adding a period on the same date replaces it.</source>
        <translation>Cada periodo dura hasta que empieza el siguiente. Seleccione uno para copiarlo en el formulario; añadir un periodo con la misma fecha lo sustituye.</translation>
    </message>
    <message>
        <source>Course details</source>
        <translation>Detalles del tratamiento</translation>
    </message>
    <message>
        <source>Course &amp;details…</source>
        <translation>De&amp;talles del tratamiento…</translation>
    </message>
    <message>
        <source>Course details result</source>
        <translation>Resultado de los detalles del tratamiento</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Target in mg per kg</source>
        <translation>Objetivo en mg por kg</translation>
    </message>
    <message>
        <source>Reference weight</source>
        <translation>Peso de referencia</translation>
    </message>
    <message>
        <source>The weight the cumulative mg/kg is divided by; it follows a corrected start-day weight unless you set it here</source>
        <translation>El peso por el que se dividen los mg/kg acumulados; sigue al peso corregido del día de inicio salvo que lo fije aquí</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>104 weeks</source>
        <translation>104 semanas</translation>
    </message>
    <message>
        <source>Planned length in weeks</source>
        <translation>Duración prevista en semanas</translation>
    </message>
    <message>
        <source>&amp;Save target and plan</source>
        <translation>&amp;Guardar objetivo y duración</translation>
    </message>
    <message>
        <source>Save target and plan</source>
        <translation>Guardar objetivo y duración</translation>
    </message>
    <message>
        <source>Target result</source>
        <translation>Resultado del objetivo</translation>
    </message>
    <message>
        <source>&amp;Target (from your doctor)</source>
        <translation>O&amp;bjetivo (de su médico)</translation>
    </message>
    <message>
        <source>Refere&amp;nce weight</source>
        <translation>Peso de re&amp;ferencia</translation>
    </message>
    <message>
        <source>Planned &amp;length</source>
        <translation>Duración pre&amp;vista</translation>
    </message>
    <message>
        <source>Target and plan</source>
        <translation>Objetivo y duración</translation>
    </message>
    <message>
        <source>Weight history</source>
        <translation>Historial de peso</translation>
    </message>
    <message>
        <source>Weight date</source>
        <translation>Fecha del peso</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>enter the weight</source>
        <translation>escriba el peso</translation>
    </message>
    <message>
        <source>Record &amp;weight</source>
        <translation>Registrar &amp;peso</translation>
    </message>
    <message>
        <source>Record weight</source>
        <translation>Registrar peso</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected weight…</source>
        <translation>Elimi&amp;nar peso…</translation>
    </message>
    <message>
        <source>Remove selected weight</source>
        <translation>Eliminar el peso seleccionado</translation>
    </message>
    <message>
        <source>Weight result</source>
        <translation>Resultado del peso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Body weight</source>
        <translation>Peso &amp;corporal</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Select a reading to correct it: recording a date again replaces it.</source>
        <translation>Seleccione una medición para corregirla: registrar de nuevo una fecha la sustituye.</translation>
    </message>
    <message>
        <source>First da&amp;y</source>
        <translation>P&amp;rimer día</translation>
    </message>
    <message>
        <source>Dose on the first day</source>
        <translation>Dosis del primer día</translation>
    </message>
    <message>
        <source>the morning intake must be more than 0 and less than the {mg} mg a day</source>
        <translation>la toma de la mañana debe ser mayor que 0 y menor que los {mg} mg al día</translation>
    </message>
    <message>
        <source>a pause (0 mg) has no capsules; clear the capsules field</source>
        <translation>una pausa (0 mg) no lleva cápsulas; vacíe el campo de cápsulas</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>Saved: from {day}, {period}.</source>
        <translation>Guardado: desde el {day}, {period}.</translation>
    </message>
    <message>
        <source>Saved: from {day}, {period} (was {before}).</source>
        <translation>Guardado: desde el {day}, {period} (antes: {before}).</translation>
    </message>
    <message>
        <source>Select a dose period to remove.</source>
        <translation>Seleccione el periodo de dosis que quiere eliminar.</translation>
    </message>
    <message>
        <source>Not removed: the first dose period cannot be removed; set a new dose from the start date ({day}) to change it.</source>
        <translation>No eliminado: el primer periodo de dosis no se puede eliminar; para cambiarlo, fije una nueva dosis desde la fecha de inicio ({day}).</translation>
    </message>
    <message>
        <source>Remove the dose period from {day} ({period})?</source>
        <translation>¿Eliminar el periodo de dosis del {day} ({period})?</translation>
    </message>
    <message>
        <source>Remove dose period</source>
        <translation>Eliminar periodo de dosis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>No eliminado: {error}</translation>
    </message>
    <message>
        <source>Removed the period from {day} ({period}).</source>
        <translation>Se ha eliminado el periodo del {day} ({period}).</translation>
    </message>
    <message>
        <source>Not available: {error}</source>
        <translation>No disponible: {error}</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Guardado: {what}.</translation>
    </message>
    <message>
        <source>Nothing to save: these are the stored figures.</source>
        <translation>Nada que guardar: estas son las cifras guardadas.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: target {target} mg/kg, reference weight {weight}, %n week(s).</source>
        <translation>
            <numerusform>Guardado: objetivo {target} mg/kg, peso de referencia {weight}, %n semana.</numerusform>
            <numerusform>Guardado: objetivo {target} mg/kg, peso de referencia {weight}, %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: enter the weight in kilograms.</source>
        <translation>No guardado: escriba el peso en kilogramos.</translation>
    </message>
    <message>
        <source>Nothing to change: {kg} is already recorded on {day}.</source>
        <translation>Nada que cambiar: el {day} ya tiene registrados {kg}.</translation>
    </message>
    <message>
        <source>Saved: {kg} on {day}.</source>
        <translation>Guardado: {kg} el {day}.</translation>
    </message>
    <message>
        <source>Corrected: {kg} on {day} (was {before}).</source>
        <translation>Corregido: {kg} el {day} (antes: {before}).</translation>
    </message>
    <message>
        <source>Select a weight to remove.</source>
        <translation>Seleccione el peso que quiere eliminar.</translation>
    </message>
    <message>
        <source>Remove weight</source>
        <translation>Eliminar peso</translation>
    </message>
    <message>
        <source>Remove the weight of {kg} on {day}?</source>
        <translation>¿Eliminar el peso de {kg} del {day}?</translation>
    </message>
    <message>
        <source>Removed the weight of {kg} on {day}.</source>
        <translation>Se ha eliminado el peso de {kg} del {day}.</translation>
    </message>
    <message>
        <source>No dose period yet: add the one your doctor gave.</source>
        <translation>Aún no hay ningún periodo de dosis: añada el que le indicó su médico.</translation>
    </message>
    <message>
        <source>{regimen} until the course ended on {day}.</source>
        <translation>{regimen} hasta que el tratamiento finalizó el {day}.</translation>
    </message>
    <message>
        <source>{regimen} since {day}.</source>
        <translation>{regimen} desde el {day}.</translation>
    </message>
    <message>
        <source>{regimen} from {day}.</source>
        <translation>{regimen} a partir del {day}.</translation>
    </message>
    <message>
        <source>Then from {day}: {regimen}.</source>
        <translation>Después, a partir del {day}: {regimen}.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Started on {start} (today is day {day})</source>
        <translation>Empezó el {start} (hoy es el día {day})</translation>
    </message>
    <message>
        <source>Ran from {start} to {end}</source>
        <translation>Duró del {start} al {end}</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>Producto: {product}</translation>
    </message>
    <message>
        <source>Prescriber: {prescriber}</source>
        <translation>Médico que la receta: {prescriber}</translation>
    </message>
</context>
<context>
    <name>TodayTexts</name>
    <message numerus="yes">
        <source>{product} · started {start} · planned %n week(s), to {end}</source>
        <translation>
            <numerusform>{product} · desde el {start} · %n semana prevista, hasta el {end}</numerusform>
            <numerusform>{product} · desde el {start} · %n semanas previstas, hasta el {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>This is {course}: its figures count from its own start on {start}, not from an earlier course. {previous} ({span}); it is kept as it was (File &gt; Courses… lists every course).</source>
        <translation>Este es {course}: sus cifras cuentan desde su propio inicio, el {start}, no desde un tratamiento anterior. {previous} ({span}) se conserva tal como estaba (Archivo &gt; Tratamientos… los muestra todos).</translation>
    </message>
    <message>
        <source>This is {course}: its figures count from its own start on {start}, not from an earlier course. {previous} ({span}) ended at {mg_per_kg} of its {target} mg/kg target ({mg}); it is kept as it was (File &gt; Courses… lists every course).</source>
        <translation>Este es {course}: sus cifras cuentan desde su propio inicio, el {start}, no desde un tratamiento anterior. {previous} ({span}) terminó con {mg_per_kg} de su objetivo de {target} mg/kg ({mg}); se conserva tal como estaba (Archivo &gt; Tratamientos… los muestra todos).</translation>
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
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>taken, {mg}</source>
        <translation>tomada, {mg}</translation>
    </message>
    <message>
        <source>{entry} (more than scheduled)</source>
        <translation>{entry} (más de lo previsto)</translation>
    </message>
    <message>
        <source>{entry}, meal not recorded</source>
        <translation>{entry}, comida sin registrar</translation>
    </message>
    <message>
        <source>{entry} with a meal</source>
        <translation>{entry} con comida</translation>
    </message>
    <message>
        <source>{entry} without a meal</source>
        <translation>{entry} sin comida</translation>
    </message>
    <message>
        <source>Saved: today is not logged.</source>
        <translation>Guardado: hoy queda sin registrar.</translation>
    </message>
    <message>
        <source>Saved: {day} is not logged.</source>
        <translation>Guardado: el {day} queda sin registrar.</translation>
    </message>
    <message>
        <source>more than scheduled</source>
        <translation>más de lo previsto</translation>
    </message>
    <message>
        <source>Saved: today logged as taken{amount}.</source>
        <translation>Guardado: hoy, dosis tomada{amount}.</translation>
    </message>
    <message>
        <source>Saved: today logged as missed{amount}.</source>
        <translation>Guardado: hoy, dosis olvidada{amount}.</translation>
    </message>
    <message>
        <source>Saved: today logged as skipped{amount}.</source>
        <translation>Guardado: hoy, dosis omitida{amount}.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as taken{amount}.</source>
        <translation>Guardado: {day}, dosis tomada{amount}.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as missed{amount}.</source>
        <translation>Guardado: {day}, dosis olvidada{amount}.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as skipped{amount}.</source>
        <translation>Guardado: {day}, dosis omitida{amount}.</translation>
    </message>
    <message>
        <source>Cumulative: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; by your reference weight of {}</source>
        <translation>Acumulada: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; con su peso de referencia de {}</translation>
    </message>
    <message>
        <source>Cumulative: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; by your reference weight of {} (the same by your latest weight, {})</source>
        <translation>Acumulada: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; con su peso de referencia de {} (lo mismo con su último peso, {})</translation>
    </message>
    <message>
        <source>Cumulative: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; by your reference weight of {} ({} by your latest weight, {})</source>
        <translation>Acumulada: &lt;b&gt;{}&lt;/b&gt; = &lt;b&gt;{}&lt;/b&gt; con su peso de referencia de {} ({} con su último peso, {})</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>&amp;Log as taken</source>
        <translation>Re&amp;gistrar como tomada</translation>
    </message>
    <message>
        <source>Update as &amp;taken</source>
        <translation>Actualizar como &amp;tomada</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>Your course</source>
        <translation>Su tratamiento</translation>
    </message>
    <message>
        <source>Earlier courses</source>
        <translation>Tratamientos anteriores</translation>
    </message>
    <message>
        <source>Course ended</source>
        <translation>Tratamiento finalizado</translation>
    </message>
    <message>
        <source>Scheduled dose</source>
        <translation>Dosis prevista</translation>
    </message>
    <message>
        <source>Today&apos;s entry</source>
        <translation>Registro de hoy</translation>
    </message>
    <message>
        <source>Milligrams taken today</source>
        <translation>Miligramos tomados hoy</translation>
    </message>
    <message>
        <source>Less than scheduled is recorded as a partial dose</source>
        <translation>Menos de lo previsto se registra como dosis parcial</translation>
    </message>
    <message>
        <source>mg taken?</source>
        <translation>¿mg tomados?</translation>
    </message>
    <message>
        <source>Taken with a meal</source>
        <translation>Tomada con comida</translation>
    </message>
    <message>
        <source>Note for today</source>
        <translation>Nota de hoy</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Log today&apos;s dose as taken</source>
        <translation>Registrar la dosis de hoy como tomada</translation>
    </message>
    <message>
        <source>Mi&amp;ssed</source>
        <translation>&amp;Olvidada</translation>
    </message>
    <message>
        <source>Log today as missed</source>
        <translation>Registrar la dosis de hoy como olvidada</translation>
    </message>
    <message>
        <source>Forgot today&apos;s dose</source>
        <translation>Olvidó la dosis de hoy</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>O&amp;mitida</translation>
    </message>
    <message>
        <source>Log today as skipped</source>
        <translation>Registrar la dosis de hoy como omitida</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>No tomada a propósito</translation>
    </message>
    <message>
        <source>Log result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <source>Today&apos;s state</source>
        <translation>Estado de hoy</translation>
    </message>
    <message>
        <source>Today&apos;s dose</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>Cumulative dose</source>
        <translation>Dosis acumulada</translation>
    </message>
    <message>
        <source>What the weights mean</source>
        <translation>Qué significan los pesos</translation>
    </message>
    <message>
        <source>Reference weight and latest weight</source>
        <translation>Peso de referencia y último peso</translation>
    </message>
    <message>
        <source>Reference weight: the weight your doctor&apos;s target is divided by; unless you change it (Regimen and weight page), it is your weight at the start of the course. Latest weight: your most recent weight reading. When the two differ, the cumulative dose is shown by each of them.</source>
        <translation>Peso de referencia: el peso por el que se divide el objetivo de su médico; salvo que lo cambie (página Pauta y peso), es su peso al comienzo del tratamiento. Último peso: su medición de peso más reciente. Cuando los dos difieren, la dosis acumulada se muestra según cada uno de ellos.</translation>
    </message>
    <message>
        <source>About the weights</source>
        <translation>Acerca de los pesos</translation>
    </message>
    <message>
        <source>Progress to the target</source>
        <translation>Progreso hacia el objetivo</translation>
    </message>
    <message>
        <source>Cumulative dose per kilogram</source>
        <translation>Dosis acumulada por kilogramo</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>Day counts</source>
        <translation>Recuento de días</translation>
    </message>
    <message>
        <source>Course so far</source>
        <translation>El tratamiento hasta hoy</translation>
    </message>
    <message>
        <source>Days not logged</source>
        <translation>Días sin registrar</translation>
    </message>
    <message>
        <source>Fill &amp;in selected day…</source>
        <translation>&amp;Completar el día…</translation>
    </message>
    <message>
        <source>Fill in selected day</source>
        <translation>Completar el día seleccionado</translation>
    </message>
    <message>
        <source>Earlier days not logged yet</source>
        <translation>Días anteriores aún sin registrar</translation>
    </message>
    <message>
        <source>A day without an entry is never counted as taken. Double-click a day to fill it in.</source>
        <translation>Un día sin registro nunca cuenta como tomado. Haga doble clic en un día para completarlo.</translation>
    </message>
    <message>
        <source>Not saved: enter the mg you took.</source>
        <translation>No guardado: escriba los mg que tomó.</translation>
    </message>
    <message>
        <source>Not saved: {mg} was not confirmed.</source>
        <translation>No guardado: no se confirmaron los {mg}.</translation>
    </message>
    <message>
        <source>Nothing to log yet: the course has not started.</source>
        <translation>Aún no hay nada que registrar: el tratamiento no ha empezado.</translation>
    </message>
    <message>
        <source>A new day has begun: check today&apos;s dose, then log it.</source>
        <translation>Ha empezado un nuevo día: revise la dosis de hoy y regístrela.</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>No guardado: {error}.</translation>
    </message>
    <message>
        <source>Cleared: {day} is not logged.</source>
        <translation>Borrado: el {day} queda sin registrar.</translation>
    </message>
    <message>
        <source>Your course starts on {day}</source>
        <translation>Su tratamiento empieza el {day}</translation>
    </message>
    <message>
        <source>{date}: day {day} of ~{planned}</source>
        <translation>{date}: día {day} de unos {planned}</translation>
    </message>
    <message>
        <source>Your course ended on {day}</source>
        <translation>Su tratamiento finalizó el {day}</translation>
    </message>
    <message numerus="yes">
        <source>It lasted %n day(s); these are its final figures. Nothing more is logged for it, and History and Regimen still show it. {correcting} To start another course, choose File &gt; Start a new course…</source>
        <translation>
            <numerusform>Duró %n día; estas son sus cifras finales. Ya no se registra nada en él, y las páginas Historial y Pauta y peso lo siguen mostrando. {correcting} Para empezar otro tratamiento, elija Archivo &gt; Iniciar un nuevo tratamiento…</numerusform>
            <numerusform>Duró %n días; estas son sus cifras finales. Ya no se registra nada en él, y las páginas Historial y Pauta y peso lo siguen mostrando. {correcting} Para empezar otro tratamiento, elija Archivo &gt; Iniciar un nuevo tratamiento…</numerusform>
        </translation>
    </message>
    <message>
        <source>Final figures</source>
        <translation>Cifras finales</translation>
    </message>
    <message>
        <source>{capsules} mg capsules</source>
        <translation>cápsulas de {capsules} mg</translation>
    </message>
    <message>
        <source>Scheduled today: &lt;b&gt;{}&lt;/b&gt; ({})</source>
        <translation>Dosis prevista hoy: &lt;b&gt;{}&lt;/b&gt; ({})</translation>
    </message>
    <message>
        <source>Scheduled today: &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>Dosis prevista hoy: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing is scheduled today (pause).</source>
        <translation>Hoy no hay ninguna dosis prevista (pausa).</translation>
    </message>
    <message>
        <source>Not logged yet.</source>
        <translation>Aún sin registrar.</translation>
    </message>
    <message>
        <source>Logged: &lt;b&gt;{}&lt;/b&gt;. You can change it below.</source>
        <translation>Registrado: &lt;b&gt;{}&lt;/b&gt;. Puede cambiarlo abajo.</translation>
    </message>
    <message>
        <source>Cumulative dose: {mg_per_kg}, {percent} of your doctor&apos;s target of {target} mg/kg.</source>
        <translation>Dosis acumulada: {mg_per_kg}, el {percent} del objetivo de su médico, {target} mg/kg.</translation>
    </message>
    <message>
        <source>{mg} taken in this course so far.</source>
        <translation>{mg} tomados en este tratamiento hasta hoy.</translation>
    </message>
    <message>
        <source>taken in this course so far</source>
        <translation>tomados en este tratamiento hasta hoy</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Target reached on {day}.</source>
        <translation>Objetivo alcanzado el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected to reach the target in %n day(s), on {day} ({caveat}).</source>
        <translation>
            <numerusform>El objetivo se alcanzaría en %n día, el {day} ({caveat}).</numerusform>
            <numerusform>El objetivo se alcanzaría en %n días, el {day} ({caveat}).</numerusform>
        </translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>No projected date.</source>
        <translation>Sin fecha calculada.</translation>
    </message>
    <message>
        <source>{percent} of the target</source>
        <translation>{percent} del objetivo</translation>
    </message>
    <message>
        <source>{percent} of {target} mg/kg</source>
        <translation>{percent} de {target} mg/kg</translation>
    </message>
    <message>
        <source>Your doctor&apos;s target: {target} mg/kg = {mg}</source>
        <translation>Objetivo de su médico:
{target} mg/kg = {mg}</translation>
    </message>
    <message>
        <source>Projected to reach the target on &lt;b&gt;{}&lt;/b&gt; &lt;i&gt;({})&lt;/i&gt;</source>
        <translation>El objetivo se alcanzaría el &lt;b&gt;{}&lt;/b&gt; &lt;i&gt;({})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No projected date: the dose periods entered do not reach the target.</source>
        <translation>Sin fecha calculada: con los periodos de dosis registrados no se llega al objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>At the doses entered, the target falls after the planned %n week(s) (ends {day}).</source>
        <translation>
            <numerusform>Con las dosis registradas, el objetivo se alcanzaría después de la semana prevista (termina el {day}).</numerusform>
            <numerusform>Con las dosis registradas, el objetivo se alcanzaría después de las %n semanas previstas (terminan el {day}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken{details} · {missed} missed · {skipped} skipped · {unlogged} not logged</source>
        <translation>
            <numerusform>%n día tomado{details} · olvidados: {missed} · omitidos: {skipped} · sin registrar: {unlogged}</numerusform>
            <numerusform>%n días tomados{details} · olvidados: {missed} · omitidos: {skipped} · sin registrar: {unlogged}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) taken{details} · {missed} missed · {skipped} skipped · {unlogged} earlier not logged</source>
        <translation>
            <numerusform>%n día tomado{details} · olvidados: {missed} · omitidos: {skipped} · anteriores sin registrar: {unlogged}</numerusform>
            <numerusform>%n días tomados{details} · olvidados: {missed} · omitidos: {skipped} · anteriores sin registrar: {unlogged}</numerusform>
        </translation>
    </message>
</context>
</TS>
