<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcneWords</name>
    <message>
        <source>the grade is 0 (clear) to {most} (severe), not {grade}</source>
        <translation>el grado va de 0 (sin lesiones) a {most} (grave), no {grade}</translation>
    </message>
    <message>
        <source>the count of comedones (blackheads and whiteheads) is 0 to {most}, not {count}</source>
        <translation>el recuento de comedones (puntos negros y puntos blancos) va de 0 a {most}, no {count}</translation>
    </message>
    <message>
        <source>the count of papules and pustules is 0 to {most}, not {count}</source>
        <translation>el recuento de pápulas y pústulas va de 0 a {most}, no {count}</translation>
    </message>
    <message>
        <source>the count of nodules and cysts is 0 to {most}, not {count}</source>
        <translation>el recuento de nódulos y quistes va de 0 a {most}, no {count}</translation>
    </message>
    <message>
        <source>the count of {what} is 0 to {most}, not {count}</source>
        <translation>el recuento de {what} va de 0 a {most}, no {count}</translation>
    </message>
    <message>
        <source>{day} is a later day than today; a photo is of a day that has come</source>
        <translation>el {day} es posterior a hoy; una foto solo puede ser de hoy o de un día anterior</translation>
    </message>
    <message>
        <source>{day} is a later day than today; an assessment is of a day that has come</source>
        <translation>el {day} es posterior a hoy; una evaluación solo puede ser de hoy o de un día anterior</translation>
    </message>
    <message>
        <source>{day} is a later day than today; {what} is of a day that has come</source>
        <translation>el {day} es posterior a hoy; {what} solo puede ser de hoy o de un día anterior</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>give the grade or at least one lesion count (comedones, papules and pustules, nodules and cysts)</source>
        <translation>indique el grado o al menos un recuento de lesiones (comedones, pápulas y pústulas, nódulos y quistes)</translation>
    </message>
    <message>
        <source>the assessment of {day}</source>
        <translation>la evaluación del {day}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source>{percent}% fewer</source>
        <translation>{percent} % menos</translation>
    </message>
    <message>
        <source>{percent}% more</source>
        <translation>{percent} % más</translation>
    </message>
    <message>
        <source>Nothing recorded on {day} has a baseline to compare with.</source>
        <translation>Nada de lo registrado el {day} tiene un valor inicial con el que compararlo.</translation>
    </message>
    <message>
        <source>Since your baseline on {day}: {changes}.</source>
        <translation>Desde su valor inicial del {day}: {changes}.</translation>
    </message>
    <message>
        <source>{change} since {day}</source>
        <translation>{change} desde el {day}</translation>
    </message>
    <message>
        <source>Compared with your baselines: {changes}.</source>
        <translation>En comparación con sus valores iniciales: {changes}.</translation>
    </message>
    <message>
        <source>grade {before} → {now}</source>
        <translation>grado {before} → {now}</translation>
    </message>
    <message>
        <source>comedones {before} → {now}</source>
        <translation>comedones {before} → {now}</translation>
    </message>
    <message>
        <source>papules and pustules {before} → {now}</source>
        <translation>pápulas y pústulas {before} → {now}</translation>
    </message>
    <message>
        <source>nodules and cysts {before} → {now}</source>
        <translation>nódulos y quistes {before} → {now}</translation>
    </message>
    <message>
        <source>nodules and cysts {before} → {now} ({reduction})</source>
        <translation>nódulos y quistes {before} → {now} ({reduction})</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP or HEIC</source>
        <translation>JPEG, PNG, WebP o HEIC</translation>
    </message>
    <message>
        <source>the photo of {day}</source>
        <translation>la foto del {day}</translation>
    </message>
</context>
<context>
    <name>AppointmentWords</name>
    <message>
        <source>{subject} on {when} ({status})</source>
        <translation>{subject} el {when} ({status})</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <source>follow-ups can be every {low} to {high} days (got {days})</source>
        <translation>las visitas de seguimiento pueden ser cada {low} a {high} días (se indicó {days})</translation>
    </message>
</context>
<context>
    <name>DoseLogWords</name>
    <message>
        <source>the note is {length} characters; keep it under {most}</source>
        <translation>la nota tiene {length} caracteres; no supere los {most}</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>a dose logged as taken needs the mg taken (more than 0)</source>
        <translation>una dosis registrada como tomada necesita los mg tomados (más de 0)</translation>
    </message>
    <message>
        <source>the dose taken</source>
        <translation>la dosis tomada</translation>
    </message>
    <message>
        <source>a missed day has no mg taken</source>
        <translation>un día con la dosis olvidada no tiene mg tomados</translation>
    </message>
    <message>
        <source>a skipped day has no mg taken</source>
        <translation>un día con la dosis omitida no tiene mg tomados</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>with a meal</source>
        <translation>con comida</translation>
    </message>
    <message>
        <source>without a meal</source>
        <translation>sin comida</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>note {note}</source>
        <translation>nota {note}</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>LabWords</name>
    <message>
        <source>give the test a name, as on the lab&apos;s report</source>
        <translation>ponga un nombre al análisis, como en el informe del laboratorio</translation>
    </message>
    <message>
        <source>the test&apos;s name</source>
        <translation>el nombre del análisis</translation>
    </message>
    <message>
        <source>unknown test {id}: use one of {ids}, or custom:NAME for another test</source>
        <translation>análisis desconocido {id}: use uno de estos: {ids}, o custom:NOMBRE para otro análisis</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>la unidad</translation>
    </message>
    <message>
        <source>say which unit the report gives for {test}, e.g. ng/mL</source>
        <translation>indique qué unidad da el informe para {test}, p. ej. ng/mL</translation>
    </message>
    <message>
        <source>{test} are reported in {unit}; {typed} does not fit</source>
        <translation>{test}: se expresa en {unit}; {typed} no corresponde</translation>
    </message>
    <message>
        <source>{test} is reported in {unit}; {typed} does not fit</source>
        <translation>{test}: se expresa en {unit}; {typed} no corresponde</translation>
    </message>
    <message>
        <source>{test} are reported in {unit}; no unit does not fit</source>
        <translation>{test}: se expresa en {unit}; falta la unidad</translation>
    </message>
    <message>
        <source>{test} is reported in {unit}; no unit does not fit</source>
        <translation>{test}: se expresa en {unit}; falta la unidad</translation>
    </message>
    <message>
        <source>{test} are reported in {unit} or {other}; {typed} does not fit</source>
        <translation>{test}: se expresa en {unit} o {other}; {typed} no corresponde</translation>
    </message>
    <message>
        <source>{test} is reported in {unit} or {other}; {typed} does not fit</source>
        <translation>{test}: se expresa en {unit} o {other}; {typed} no corresponde</translation>
    </message>
    <message>
        <source>{test} are reported in {unit} or {other}; no unit does not fit</source>
        <translation>{test}: se expresa en {unit} o {other}; falta la unidad</translation>
    </message>
    <message>
        <source>{test} is reported in {unit} or {other}; no unit does not fit</source>
        <translation>{test}: se expresa en {unit} o {other}; falta la unidad</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>el valor</translation>
    </message>
    <message>
        <source>{what} must be a number (got {value})</source>
        <translation>{what} debe ser un número (se indicó {value})</translation>
    </message>
    <message>
        <source>{what} cannot be negative (got {value} {unit})</source>
        <translation>{what} no puede ser negativo (se indicó {value} {unit})</translation>
    </message>
    <message>
        <source>{what} of {value} {unit} is over {limit} {unit}, more than any lab reports; check the number you typed</source>
        <translation>{what} de {value} {unit} supera los {limit} {unit}, más de lo que da cualquier laboratorio; revise el número que escribió</translation>
    </message>
    <message>
        <source>the range&apos;s low end</source>
        <translation>el límite inferior del intervalo</translation>
    </message>
    <message>
        <source>the range&apos;s high end</source>
        <translation>el límite superior del intervalo</translation>
    </message>
    <message>
        <source>the range&apos;s low end ({low}) is above its high end ({high}); write it as LOW-HIGH, e.g. 0-150</source>
        <translation>el límite inferior del intervalo ({low}) es mayor que el superior ({high}); escríbalo como MÍN-MÁX, p. ej. 0-150</translation>
    </message>
    <message>
        <source>{what} is missing</source>
        <translation>falta {what}</translation>
    </message>
    <message>
        <source>write decimals with a dot, e.g. 1.7: {typed}</source>
        <translation>escriba los decimales con punto, p. ej. 1.7: {typed}</translation>
    </message>
    <message>
        <source>{what} cannot be negative (got {typed})</source>
        <translation>{what} no puede ser negativo (se indicó {typed})</translation>
    </message>
    <message>
        <source>{what} is not a number (e.g. 150 or 1.7): {typed}</source>
        <translation>{what} no es un número (p. ej. 150 o 1.7): {typed}</translation>
    </message>
    <message>
        <source>a range is LOW-HIGH (e.g. 0-150), LOW- or -HIGH, in the result&apos;s unit: {text}</source>
        <translation>un intervalo se escribe MÍN-MÁX (p. ej. 0-150), MÍN- o -MÁX, en la unidad del resultado: {text}</translation>
    </message>
    <message>
        <source>the flag is H or L as printed on the report, or none: {flag} is neither</source>
        <translation>la marca es H o L, tal como aparece en el informe, o ninguna: {flag} no es ninguna de las dos</translation>
    </message>
    <message>
        <source>{day} is after today; a result is recorded once the blood has been taken</source>
        <translation>el {day} es posterior a hoy; un resultado se registra una vez hecha la extracción de sangre</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>{test} {value} {unit} on {day}</source>
        <translation>{test} {value} {unit} del {day}</translation>
    </message>
    <message>
        <source>not during a course</source>
        <translation>fuera de un tratamiento</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>valor basal</translation>
    </message>
    <message>
        <source>other unit, not compared</source>
        <translation>otra unidad, sin comparar</translation>
    </message>
    <message>
        <source>{low} {unit} or more</source>
        <translation>{low} {unit} o más</translation>
    </message>
    <message>
        <source>up to {high} {unit}</source>
        <translation>hasta {high} {unit}</translation>
    </message>
    <message>
        <source>H (marked high by the lab)</source>
        <translation>H (marcado como alto por el laboratorio)</translation>
    </message>
    <message>
        <source>L (marked low by the lab)</source>
        <translation>L (marcado como bajo por el laboratorio)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>LimitsWords</name>
    <message>
        <source>dose</source>
        <translation>la dosis</translation>
    </message>
    <message>
        <source>{what} cannot be negative (got {mg} mg)</source>
        <translation>{what} no puede ser negativa (se indicó {mg} mg)</translation>
    </message>
    <message>
        <source>{what} of {mg} mg is over {most} mg a day; check the number you typed</source>
        <translation>{what} de {mg} mg supera los {most} mg al día; revise el número que escribió</translation>
    </message>
    <message>
        <source>weight must be between {low} and {high} kg (got {kg})</source>
        <translation>el peso debe estar entre {low} y {high} kg (se indicó {kg})</translation>
    </message>
    <message>
        <source>target must be between {low} and {high} mg/kg (got {target})</source>
        <translation>el objetivo debe estar entre {low} y {high} mg/kg (se indicó {target})</translation>
    </message>
    <message>
        <source>planned length must be between {low} and {high} weeks (got {weeks})</source>
        <translation>la duración prevista debe estar entre {low} y {high} semanas (se indicó {weeks})</translation>
    </message>
    <message>
        <source>not a date in YYYY-MM-DD form: {text}</source>
        <translation>no es una fecha con la forma AAAA-MM-DD: {text}</translation>
    </message>
    <message>
        <source>{day} is before {earliest}; check the year you typed</source>
        <translation>la fecha {day} es anterior a {earliest}; revise el año que escribió</translation>
    </message>
    <message>
        <source>{day} is more than {weeks} weeks after today ({today}); check the year you typed</source>
        <translation>la fecha {day} está a más de {weeks} semanas de hoy ({today}); revise el año que escribió</translation>
    </message>
    <message>
        <source>{what} is {length} characters long; keep it to {most} or fewer</source>
        <translation>{what} tiene {length} caracteres; no supere los {most}</translation>
    </message>
    <message>
        <source>{what} holds a byte that is not UTF-8 text ({code}) at position {position}</source>
        <translation>{what} contiene un byte que no es texto UTF-8 ({code}) en la posición {position}</translation>
    </message>
    <message>
        <source>{what} holds a lone surrogate ({code}), which is not text at position {position}</source>
        <translation>{what} contiene un sustituto aislado ({code}), que no es texto, en la posición {position}</translation>
    </message>
    <message>
        <source>{what} holds a control character ({code}) at position {position}</source>
        <translation>{what} contiene un carácter de control ({code}) en la posición {position}</translation>
    </message>
</context>
<context>
    <name>MedicineWords</name>
    <message>
        <source>The isotretinoin label warns against taking vitamin A supplements with it: vitamin A in high doses has many of the same side effects. Tell your prescriber.</source>
        <translation>El prospecto de la isotretinoína advierte de que no se tomen suplementos de vitamina A con ella: la vitamina A en dosis altas tiene muchos de los mismos efectos secundarios. Coméntelo con el médico que se la receta.</translation>
    </message>
    <message>
        <source>The isotretinoin label warns against taking it with tetracycline antibiotics (risk of raised pressure in the brain). Tell your prescriber.</source>
        <translation>El prospecto de la isotretinoína advierte de que no se tome con antibióticos del grupo de las tetraciclinas (riesgo de aumento de la presión en el cerebro). Coméntelo con el médico que se la receta.</translation>
    </message>
    <message>
        <source>The isotretinoin label says St John&apos;s wort may make hormonal birth control work less well. Tell your prescriber.</source>
        <translation>El prospecto de la isotretinoína indica que la hierba de San Juan (hipérico) puede hacer que los anticonceptivos hormonales funcionen peor. Coméntelo con el médico que se la receta.</translation>
    </message>
    <message>
        <source>The isotretinoin label says corticosteroid medicines taken by mouth or injection with it may weaken your bones. Tell your prescriber.</source>
        <translation>El prospecto de la isotretinoína indica que los corticoides tomados por boca o inyectados junto con ella pueden debilitar los huesos. Coméntelo con el médico que se la receta.</translation>
    </message>
    <message>
        <source>The isotretinoin label says phenytoin taken with it may weaken your bones. Tell your prescriber.</source>
        <translation>El prospecto de la isotretinoína indica que la fenitoína tomada junto con ella puede debilitar los huesos. Coméntelo con el médico que se la receta.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>type the medicine&apos;s or supplement&apos;s name</source>
        <translation>escriba el nombre del medicamento o del suplemento</translation>
    </message>
    <message>
        <source>the dose</source>
        <translation>la dosis</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the stop date ({stopped}) is before the start date ({started})</source>
        <translation>la fecha en que lo dejó ({stopped}) es anterior a la fecha de inicio ({started})</translation>
    </message>
    <message>
        <source>the question “{question}”</source>
        <translation>la pregunta «{question}»</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la pregunta</translation>
    </message>
    <message>
        <source>type the question</source>
        <translation>escriba la pregunta</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>type the answer you were given</source>
        <translation>escriba la respuesta que le dieron</translation>
    </message>
    <message>
        <source>{day} is a later day than today; a question is marked asked once it has been</source>
        <translation>el {day} es posterior a hoy; una pregunta se marca como hecha una vez que se ha hecho</translation>
    </message>
    <message>
        <source>{day} is a later day than today; a question is marked answered once it has been</source>
        <translation>el {day} es posterior a hoy; una pregunta se marca como respondida una vez que se ha respondido</translation>
    </message>
    <message>
        <source>{day} is before the question was asked ({asked})</source>
        <translation>el {day} es anterior al día en que se hizo la pregunta ({asked})</translation>
    </message>
    <message>
        <source>{day} is before the question was added ({added})</source>
        <translation>el {day} es anterior al día en que se añadió la pregunta ({added})</translation>
    </message>
</context>
<context>
    <name>MoodWords</name>
    <message numerus="yes">
        <source>{name} has {expected} questions; %n answer(s) given</source>
        <translation>
            <numerusform>el {name} tiene {expected} preguntas; se dio %n respuesta</numerusform>
            <numerusform>el {name} tiene {expected} preguntas; se dieron %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>answers are 0 to 3; answer {number} is {answer}</source>
        <translation>las respuestas van de 0 a 3; la respuesta {number} es {answer}</translation>
    </message>
    <message>
        <source>the PHQ-2 rhythm is a whole number of days, not {days}</source>
        <translation>la frecuencia del PHQ-2 es un número entero de días, no {days}</translation>
    </message>
    <message>
        <source>the PHQ-2 can come every {low} to {high} days, not every {days}</source>
        <translation>el PHQ-2 puede pedirse cada {low} a {high} días, no cada {days}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the {name} of {day}</source>
        <translation>el {name} del {day}</translation>
    </message>
    <message>
        <source>{score} of {most}</source>
        <translation>{score} de {most}</translation>
    </message>
</context>
<context>
    <name>PregnancyWords</name>
    <message>
        <source>Stop taking isotretinoin right away and call your prescriber.</source>
        <translation>Deje de tomar isotretinoína de inmediato y llame al médico que se la receta.</translation>
    </message>
    <message>
        <source>there is no interval called {key}</source>
        <translation>no hay ningún intervalo llamado {key}</translation>
    </message>
    <message>
        <source>the wait before the confirmation test must be from {low} to {high} days (got {days})</source>
        <translation>la espera antes de la prueba de confirmación debe ser de {low} a {high} días (se indicó {days})</translation>
    </message>
    <message>
        <source>the time between monthly tests must be from {low} to {high} days (got {days})</source>
        <translation>el tiempo entre las pruebas mensuales debe ser de {low} a {high} días (se indicó {days})</translation>
    </message>
    <message>
        <source>the pick-up window must be from {low} to {high} days (got {days})</source>
        <translation>el plazo de recogida debe ser de {low} a {high} días (se indicó {days})</translation>
    </message>
    <message>
        <source>the wait before the after-course test must be from {low} to {high} days (got {days})</source>
        <translation>la espera antes de la prueba posterior al tratamiento debe ser de {low} a {high} días (se indicó {days})</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>{day} is before the course started ({started})</source>
        <translation>la fecha {day} es anterior al inicio del tratamiento ({started})</translation>
    </message>
</context>
<context>
    <name>RegimenWords</name>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>{label}: {mg} mg ({capsules})</source>
        <translation>{label}: {mg} mg ({capsules})</translation>
    </message>
    <message>
        <source>{label}: {mg} mg</source>
        <translation>{label}: {mg} mg</translation>
    </message>
    <message>
        <source>a dose pattern repeats over 1 to {most} days</source>
        <translation>una pauta de dosis se repite en un ciclo de 1 a {most} días</translation>
    </message>
    <message>
        <source>a day&apos;s dose</source>
        <translation>la dosis de un día</translation>
    </message>
    <message>
        <source>each intake must be more than 0 mg</source>
        <translation>cada toma debe ser de más de 0 mg</translation>
    </message>
    <message>
        <source>capsules {capsules} do not add up to {mg} mg</source>
        <translation>las cápsulas {capsules} no suman {mg} mg</translation>
    </message>
    <message>
        <source>pause (0 mg)</source>
        <translation>pausa (0 mg)</translation>
    </message>
    <message>
        <source>{mg} mg a day</source>
        <translation>{mg} mg al día</translation>
    </message>
    <message>
        <source>{first} mg and {second} mg on alternate days</source>
        <translation>{first} mg y {second} mg en días alternos</translation>
    </message>
    <message numerus="yes">
        <source>{doses}, repeating every %n day(s)</source>
        <translation>
            <numerusform>{doses}, en un ciclo de %n día</numerusform>
            <numerusform>{doses}, en un ciclo de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>a pause (0 mg) has no capsules</source>
        <translation>una pausa (0 mg) no tiene cápsulas</translation>
    </message>
    <message>
        <source>give capsules for a single daily intake, not for a split dose</source>
        <translation>indique cápsulas para una sola toma diaria, no para una dosis repartida</translation>
    </message>
    <message>
        <source>the intakes do not add up to {mg} mg</source>
        <translation>las tomas no suman {mg} mg</translation>
    </message>
    <message>
        <source>an alternating pattern needs at least two daily doses</source>
        <translation>una pauta alterna necesita al menos dos dosis diarias</translation>
    </message>
    <message>
        <source>two dose periods start on the same day</source>
        <translation>dos periodos de dosis empiezan el mismo día</translation>
    </message>
    <message>
        <source>capsules should look like 40+20, not {text}</source>
        <translation>las cápsulas se escriben así: 40+20, no {text}</translation>
    </message>
    <message>
        <source>a capsule strength of 0 mg is not possible; check what you typed</source>
        <translation>una cápsula de 0 mg no es posible; revise lo que escribió</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>a reminder comes before the appointment, not after it</source>
        <translation>un recordatorio llega antes de la cita, no después</translation>
    </message>
    <message>
        <source>a reminder needs a time before the appointment, e.g. 2h</source>
        <translation>un recordatorio necesita un tiempo antes de la cita, p. ej. 2h</translation>
    </message>
    <message>
        <source>a reminder can come at most {most} days before the appointment, not {lead}</source>
        <translation>un recordatorio puede llegar como máximo {most} días antes de la cita, no {lead}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} {hours} {minutes}</source>
        <translation>{days}, {hours} y {minutes}</translation>
    </message>
    <message>
        <source>{days} {hours}</source>
        <translation>{days} y {hours}</translation>
    </message>
    <message>
        <source>{days} {minutes}</source>
        <translation>{days} y {minutes}</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} y {minutes}</translation>
    </message>
    <message>
        <source>No appointment reminders.</source>
        <translation>Sin recordatorios de citas.</translation>
    </message>
    <message>
        <source>Reminded {lead} before each appointment.</source>
        <translation>Recordatorio {lead} antes de cada cita.</translation>
    </message>
    <message>
        <source>Reminded {first} before and {second} before each appointment.</source>
        <translation>Recordatorios {first} antes y {second} antes de cada cita.</translation>
    </message>
    <message>
        <source>{lead} before</source>
        <translation>{lead} antes</translation>
    </message>
    <message>
        <source>Reminded {leads} and {last} before each appointment.</source>
        <translation>Recordatorios {leads} y {last} antes de cada cita.</translation>
    </message>
    <message>
        <source>write how long before an appointment like 1d, 2h, 30m or 1d12h, not {text}</source>
        <translation>escriba cuánto tiempo antes de una cita así: 1d, 2h, 30m o 1d12h, no {text}</translation>
    </message>
    <message>
        <source>give at most {most} dose reminder times</source>
        <translation>indique como máximo {most} horas de recordatorio de dosis</translation>
    </message>
    <message>
        <source>a dose reminder time is a time of day, not {time}</source>
        <translation>una hora de recordatorio de dosis es una hora del día, no {time}</translation>
    </message>
    <message>
        <source>give dose reminder times in whole minutes, not {time}</source>
        <translation>indique las horas de recordatorio de dosis en minutos enteros, no {time}</translation>
    </message>
    <message>
        <source>the same dose reminder time is given twice</source>
        <translation>la misma hora de recordatorio de dosis aparece dos veces</translation>
    </message>
    <message>
        <source>give at most {most} appointment reminders per appointment</source>
        <translation>indique como máximo {most} recordatorios por cita</translation>
    </message>
    <message>
        <source>an appointment reminder is a time before it, e.g. 1d or 2h</source>
        <translation>un recordatorio de cita es un tiempo antes de ella, p. ej. 1d o 2h</translation>
    </message>
    <message>
        <source>the same appointment reminder is given twice</source>
        <translation>el mismo recordatorio de cita aparece dos veces</translation>
    </message>
    <message>
        <source>reminders are either on or off</source>
        <translation>los recordatorios están activados o desactivados</translation>
    </message>
    <message>
        <source>{day}: {mg} mg scheduled, not logged: log what happened</source>
        <translation>{day}: {mg} mg previstos, sin registrar: registre lo que ocurrió</translation>
    </message>
    <message>
        <source>{day}: {mg} mg scheduled, not logged yet</source>
        <translation>{day}: {mg} mg previstos, aún sin registrar</translation>
    </message>
    <message>
        <source>{day}, {label}: {mg} mg, intake {number} of {count}</source>
        <translation>{day}, {label}: {mg} mg, toma {number} de {count}</translation>
    </message>
    <message>
        <source>{day}: {mg} mg, intake {number} of {count}</source>
        <translation>{day}: {mg} mg, toma {number} de {count}</translation>
    </message>
    <message>
        <source>{day}: {mg} mg for the day, reminder {number} of {count}</source>
        <translation>{day}: {mg} mg del día, recordatorio {number} de {count}</translation>
    </message>
    <message>
        <source>{what} on {day} at {time}</source>
        <translation>{what} el {day} a las {time}</translation>
    </message>
    <message>
        <source>due since {day}</source>
        <translation>pendiente desde el {day}</translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation>pendiente para el {day}</translation>
    </message>
    <message>
        <source>{what} due since {day}</source>
        <translation>{what} pendiente desde el {day}</translation>
    </message>
    <message>
        <source>{what} due on {day}</source>
        <translation>{what} pendiente para el {day}</translation>
    </message>
    <message>
        <source>The prescription pick-up window closes at the end of {day}</source>
        <translation>El plazo de recogida de la receta termina al final del {day}</translation>
    </message>
    <message>
        <source>Mood questionnaire (PHQ-2): the first of this course</source>
        <translation>Cuestionario de estado de ánimo (PHQ-2): el primero de este tratamiento</translation>
    </message>
    <message>
        <source>Mood questionnaire (PHQ-2) due since {day}</source>
        <translation>Cuestionario de estado de ánimo (PHQ-2) pendiente desde el {day}</translation>
    </message>
    <message>
        <source>Mood questionnaire (PHQ-2) due on {day}</source>
        <translation>Cuestionario de estado de ánimo (PHQ-2) pendiente para el {day}</translation>
    </message>
</context>
<context>
    <name>SafetyWords</name>
    <message>
        <source>Stop taking isotretinoin and call your doctor right away.</source>
        <translation>Deje de tomar isotretinoína y llame a su médico de inmediato.</translation>
    </message>
    <message>
        <source>If you are thinking about hurting yourself or ending your life, get help now: in the US call or text 988 (Suicide &amp; Crisis Lifeline); elsewhere call your local emergency number.</source>
        <translation>Si está pensando en hacerse daño o en quitarse la vida, busque ayuda ahora: en EE. UU., llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, «Suicide &amp; Crisis Lifeline»); en otros lugares, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>PHQ-9: answer above 0 to question 9</source>
        <translation>PHQ-9: respuesta por encima de 0 en la pregunta 9</translation>
    </message>
</context>
<context>
    <name>SymptomWords</name>
    <message>
        <source>severity is 0 to {most}; {severity} given</source>
        <translation>la intensidad va de 0 a {most}; se indicó {severity}</translation>
    </message>
    <message>
        <source>a symptom&apos;s name needs at least one letter or digit</source>
        <translation>el nombre de un síntoma necesita al menos una letra o un número</translation>
    </message>
    <message>
        <source>the symptom&apos;s name</source>
        <translation>el nombre del síntoma</translation>
    </message>
    <message>
        <source>the symptom&apos;s name is {length} characters long; keep it to {most} or fewer</source>
        <translation>el nombre del síntoma tiene {length} caracteres; no supere los {most}</translation>
    </message>
    <message>
        <source>unknown symptom {id}</source>
        <translation>síntoma desconocido {id}</translation>
    </message>
    <message>
        <source>{day} is later than today; a symptom is reported for today or an earlier day</source>
        <translation>la fecha {day} es posterior a hoy; un síntoma se registra para hoy o para un día anterior</translation>
    </message>
</context>
</TS>
