<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PageWords</name>
    <message>
        <source>(continued on page {page})</source>
        <translation>(continúa en la página {page})</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nombre no indicado</translation>
    </message>
    <message>
        <source>{name} · {title}</source>
        <translation>{name} · {title}</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>Generado el {when}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <source>None recorded in this period.</source>
        <translation>Nada registrado en este periodo.</translation>
    </message>
    <message>
        <source>▲ red flag</source>
        <translation>▲ señal de alarma</translation>
    </message>
    <message>
        <source>vitamin A supplements</source>
        <translation>suplementos de vitamina A</translation>
    </message>
    <message>
        <source>tetracycline antibiotics</source>
        <translation>antibióticos del grupo de las tetraciclinas</translation>
    </message>
    <message>
        <source>St John&apos;s wort</source>
        <translation>hierba de San Juan (hipérico)</translation>
    </message>
    <message>
        <source>corticosteroids by mouth or injection</source>
        <translation>corticoides por vía oral o inyectados</translation>
    </message>
    <message>
        <source>phenytoin</source>
        <translation>fenitoína</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>since the dermatology visit on {day}</source>
        <translation>desde la visita de dermatología del {day}</translation>
    </message>
    <message>
        <source>since the course started (no dermatology visit marked done yet)</source>
        <translation>desde el inicio del tratamiento (aún no hay ninguna visita de dermatología marcada como realizada)</translation>
    </message>
    <message>
        <source>the whole course</source>
        <translation>todo el tratamiento</translation>
    </message>
    <message>
        <source>dates chosen by the patient</source>
        <translation>fechas elegidas por el paciente</translation>
    </message>
    <message>
        <source>{product} ({strengths} mg capsules)</source>
        <translation>{product} (cápsulas de {strengths} mg)</translation>
    </message>
    <message>
        <source>Ended {day} on day {number}</source>
        <translation>Finalizado el {day}, en el día {number}</translation>
    </message>
    <message numerus="yes">
        <source>Day {number}, week {week} of %n planned week(s)</source>
        <translation>
            <numerusform>Día {number}, semana {week} de %n semana prevista</numerusform>
            <numerusform>Día {number}, semana {week} de %n semanas previstas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Médico que la receta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día de tratamiento</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>{regimen} since {day}</source>
        <translation>{regimen} desde el {day}</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>sin resultado anotado</translation>
    </message>
    <message>
        <source>&lt;muted&gt;Last visit, {day}: &lt;/muted&gt;{outcome}</source>
        <translation>&lt;muted&gt;Última visita, {day}: &lt;/muted&gt;{outcome}</translation>
    </message>
    <message>
        <source>&lt;muted&gt;Next appointment: &lt;/muted&gt;{appointment}</source>
        <translation>&lt;muted&gt;Próxima cita: &lt;/muted&gt;{appointment}</translation>
    </message>
    <message>
        <source>{when} {kind}, {place}</source>
        <translation>{when} {kind}, {place}</translation>
    </message>
    <message>
        <source>{when} {kind}</source>
        <translation>{when} {kind}</translation>
    </message>
    <message>
        <source>No red-flag symptoms or positive mood screens in this period.</source>
        <translation>Ningún síntoma de alarma ni cuestionario de estado de ánimo positivo en este periodo.</translation>
    </message>
    <message>
        <source>{day}: {title} — {note}</source>
        <translation>{day}: {title} — {note}</translation>
    </message>
    <message>
        <source>{day}: {title}</source>
        <translation>{day}: {title}</translation>
    </message>
    <message>
        <source> (discussed {day})</source>
        <translation> (comentado el {day})</translation>
    </message>
    <message>
        <source> (not yet discussed)</source>
        <translation> (aún no comentado)</translation>
    </message>
    <message>
        <source> (crisis line above)</source>
        <translation> (línea de crisis más arriba)</translation>
    </message>
    <message>
        <source>Red flags and positive screens</source>
        <translation>Señales de alarma y cuestionarios positivos</translation>
    </message>
    <message>
        <source> (in this period, and any from before it not yet discussed)</source>
        <translation> (de este periodo, y las anteriores aún no comentadas)</translation>
    </message>
    <message>
        <source>The Medication Guide says: {instruction}</source>
        <translation>La Guía del medicamento dice: {instruction}</translation>
    </message>
    <message>
        <source>{total}&lt;muted&gt; taken in all, &lt;/muted&gt;{in_period} of it in this period</source>
        <translation>{total}&lt;muted&gt; tomados en total, &lt;/muted&gt;{in_period} de ellos en este periodo</translation>
    </message>
    <message>
        <source>{mg_per_kg}&lt;muted&gt; by {weight} ({which})&lt;/muted&gt;</source>
        <translation>{mg_per_kg}&lt;muted&gt; con {weight} ({which})&lt;/muted&gt;</translation>
    </message>
    <message>
        <source>{percent}&lt;muted&gt; of the {target} target&lt;/muted&gt;</source>
        <translation>{percent}&lt;muted&gt; del objetivo de {target}&lt;/muted&gt;</translation>
    </message>
    <message>
        <source>Target reached on {day}.</source>
        <translation>Objetivo alcanzado el {day}.</translation>
    </message>
    <message>
        <source>Projected to reach the target on {day}&lt;muted&gt; ({caveat}).&lt;/muted&gt;</source>
        <translation>El objetivo se alcanzaría el {day}&lt;muted&gt; ({caveat}).&lt;/muted&gt;</translation>
    </message>
    <message>
        <source>Cumulative dose on {day}</source>
        <translation>Dosis acumulada hasta el {day}</translation>
    </message>
    <message>
        <source>{mg_per_kg}&lt;muted&gt; by {weight} (latest weight, {day})&lt;/muted&gt;</source>
        <translation>{mg_per_kg}&lt;muted&gt; con {weight} (último peso, {day})&lt;/muted&gt;</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>More than scheduled</source>
        <translation>Más de lo previsto</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Doses in this period</source>
        <translation>Dosis en este periodo</translation>
    </message>
    <message>
        <source>Taken with food: not answered.</source>
        <translation>Con comida: sin respuesta.</translation>
    </message>
    <message>
        <source>Taken with food: not answered; not recorded on {days}.</source>
        <translation>Con comida: sin respuesta; sin registrar en {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken with food on {with_food} of %n day(s) answered ({percent}).</source>
        <translation>
            <numerusform>Tomada con comida en {with_food} de %n día con respuesta ({percent}).</numerusform>
            <numerusform>Tomada con comida en {with_food} de %n días con respuesta ({percent}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken with food on {with_food} of %n day(s) answered ({percent}); not recorded on {days}.</source>
        <translation>
            <numerusform>Tomada con comida en {with_food} de %n día con respuesta ({percent}); sin registrar en {days}.</numerusform>
            <numerusform>Tomada con comida en {with_food} de %n días con respuesta ({percent}); sin registrar en {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest labs</source>
        <translation>Últimos análisis</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor basal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Lab&apos;s range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>{value}&lt;muted&gt; on {day}&lt;/muted&gt;</source>
        <translation>{value}&lt;muted&gt; el {day}&lt;/muted&gt;</translation>
    </message>
    <message>
        <source>{result} ({kind}, {setting}) on {day}</source>
        <translation>{result} ({kind}, {setting}) el {day}</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
    <message>
        <source>Next test due</source>
        <translation>Próxima prueba pendiente</translation>
    </message>
    <message>
        <source>Pick-up window</source>
        <translation>Plazo de recogida</translation>
    </message>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>Pregnancy tests</source>
        <translation>Pruebas de embarazo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Medicines the label warns about: &lt;/b&gt;{medicines}</source>
        <translation>&lt;b&gt;Medicamentos sobre los que advierte el prospecto: &lt;/b&gt;{medicines}</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Preguntas para el médico</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation>Ninguna pregunta pendiente.</translation>
    </message>
    <message>
        <source>in use now</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Regimen and its changes</source>
        <translation>Pauta y sus cambios</translation>
    </message>
    <message>
        <source> (the latest before this period)</source>
        <translation> (el último antes de este periodo)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>{severity} (first on {day})</source>
        <translation>{severity} (por primera vez el {day})</translation>
    </message>
    <message>
        <source>{severity} on {day}</source>
        <translation>{severity} el {day}</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Times reported</source>
        <translation>Veces registrado</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Side effects reported (above “{none}”)</source>
        <translation>Efectos secundarios registrados (por encima de «{none}»)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{score} of {most}</source>
        <translation>{score} de {most}</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Question 9</source>
        <translation>Pregunta 9</translation>
    </message>
    <message>
        <source>Mood questionnaires</source>
        <translation>Cuestionarios de estado de ánimo</translation>
    </message>
    <message>
        <source>answered above 0</source>
        <translation>respuesta por encima de 0</translation>
    </message>
    <message>
        <source>answered 0</source>
        <translation>respuesta 0</translation>
    </message>
    <message>
        <source>Fasted</source>
        <translation>Ayuno</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Resultados de análisis</translation>
    </message>
    <message>
        <source>Pregnancy tests and contraception</source>
        <translation>Pruebas de embarazo y anticoncepción</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No tests recorded in this period.</source>
        <translation>Ninguna prueba registrada en este periodo.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>No contraception methods recorded.</source>
        <translation>Ningún método anticonceptivo registrado.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Comedones</source>
        <translation>Comedones</translation>
    </message>
    <message>
        <source>Papules, pustules</source>
        <translation>Pápulas, pústulas</translation>
    </message>
    <message>
        <source>Nodules, cysts</source>
        <translation>Nódulos, quistes</translation>
    </message>
    <message>
        <source>Acne</source>
        <translation>Acné</translation>
    </message>
    <message>
        <source>In brackets: the change from the baseline on {day}.</source>
        <translation>Entre paréntesis: el cambio desde el valor inicial del {day}.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>(baseline)</source>
        <translation>(valor inicial)</translation>
    </message>
    <message>
        <source>still taking</source>
        <translation>aún lo toma</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>The label&apos;s note</source>
        <translation>Nota del prospecto</translation>
    </message>
    <message>
        <source>Other medicines and supplements</source>
        <translation>Otros medicamentos y suplementos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Questions answered in this period</source>
        <translation>Preguntas respondidas en este periodo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>With food</source>
        <translation>Con comida</translation>
    </message>
    <message>
        <source>Every day in this period</source>
        <translation>Todos los días de este periodo</translation>
    </message>
</context>
</TS>
