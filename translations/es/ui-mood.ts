<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MoodController</name>
    <message>
        <source>answering the {questionnaire} of {day}</source>
        <translation>responder el {questionnaire} del {day}</translation>
    </message>
    <message>
        <source>removing the {questionnaire} of {day}</source>
        <translation>eliminar el {questionnaire} del {day}</translation>
    </message>
    <message>
        <source>marking the {questionnaire} of {day} as discussed</source>
        <translation>marcar como comentado el {questionnaire} del {day}</translation>
    </message>
    <message>
        <source>the PHQ-2 rhythm ({rhythm})</source>
        <translation>la frecuencia del PHQ-2 ({rhythm})</translation>
    </message>
</context>
<context>
    <name>MoodView</name>
    <message>
        <source>PHQ-2 totals</source>
        <translation>Totales del PHQ-2</translation>
    </message>
    <message>
        <source>PHQ-9 totals</source>
        <translation>Totales del PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-2 total (0-6)</source>
        <translation>Total del PHQ-2 (0-6)</translation>
    </message>
    <message>
        <source>PHQ-9 total (0-27)</source>
        <translation>Total del PHQ-9 (0-27)</translation>
    </message>
    <message>
        <source>No PHQ-2 reminders: they are turned off.</source>
        <translation>Sin recordatorios del PHQ-2: están desactivados.</translation>
    </message>
    <message>
        <source>No PHQ-2 is due: the reminders come only while a course is active.</source>
        <translation>Ningún PHQ-2 pendiente: los recordatorios solo llegan mientras hay un tratamiento activo.</translation>
    </message>
    <message>
        <source>Your first PHQ-2 of this course is due today.</source>
        <translation>Su primer PHQ-2 de este tratamiento está pendiente hoy.</translation>
    </message>
    <message>
        <source>Your first PHQ-2 is due on {day}, the first day of your course.</source>
        <translation>Su primer PHQ-2 está previsto para el {day}, el primer día de su tratamiento.</translation>
    </message>
    <message>
        <source>A PHQ-2 is due today.</source>
        <translation>Hay un PHQ-2 pendiente hoy.</translation>
    </message>
    <message>
        <source>A PHQ-2 is due (since {day}).</source>
        <translation>Hay un PHQ-2 pendiente (desde el {day}).</translation>
    </message>
    <message>
        <source>Next PHQ-2: {day}.</source>
        <translation>Próximo PHQ-2: {day}.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{total}, question 9 above 0</source>
        <translation>{total}, pregunta 9 por encima de 0</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Comentado</translation>
    </message>
    <message>
        <source>{questionnaire} of {day}: total {total}.</source>
        <translation>{questionnaire} del {day}: total {total}.</translation>
    </message>
    <message>
        <source>Discussed with your doctor on {day}. What was said: {note}</source>
        <translation>Comentado con su médico el {day}. Lo que se dijo: {note}</translation>
    </message>
    <message>
        <source>Discussed with your doctor on {day}.</source>
        <translation>Comentado con su médico el {day}.</translation>
    </message>
    <message>
        <source>Two short questionnaires about how you have felt over the last 2 weeks: the PHQ-2 (2 questions) and the PHQ-9 (9 questions). Your totals are kept with their date so you can show your doctor how they change; the app does not interpret them.</source>
        <translation>Dos cuestionarios breves sobre cómo se ha sentido en las últimas 2 semanas: el PHQ-2 (2 preguntas) y el PHQ-9 (9 preguntas). Sus totales se guardan con su fecha para que pueda mostrar a su médico cómo cambian; la aplicación no los interpreta.</translation>
    </message>
    <message>
        <source>About the mood questionnaires</source>
        <translation>Acerca de los cuestionarios de estado de ánimo</translation>
    </message>
    <message>
        <source>PHQ-&amp;2…</source>
        <translation>PHQ-&amp;2…</translation>
    </message>
    <message>
        <source>Answer the PHQ-2</source>
        <translation>Responder el PHQ-2</translation>
    </message>
    <message>
        <source>The short questionnaire: 2 questions</source>
        <translation>El cuestionario breve: 2 preguntas</translation>
    </message>
    <message>
        <source>PHQ-&amp;9…</source>
        <translation>PHQ-&amp;9…</translation>
    </message>
    <message>
        <source>Answer the PHQ-9</source>
        <translation>Responder el PHQ-9</translation>
    </message>
    <message>
        <source>The longer questionnaire: 9 questions</source>
        <translation>El cuestionario más largo: 9 preguntas</translation>
    </message>
    <message>
        <source>Next PHQ-2</source>
        <translation>Próximo PHQ-2</translation>
    </message>
    <message>
        <source>Remind me to answer the PHQ-2 every</source>
        <translation>Recordarme responder el PHQ-2 cada</translation>
    </message>
    <message>
        <source>Remind me to answer the PHQ-2</source>
        <translation>Recordarme responder el PHQ-2</translation>
    </message>
    <message>
        <source>A reminder on Today and in the tray when it is due</source>
        <translation>Un recordatorio en Hoy y en la bandeja del sistema cuando esté pendiente</translation>
    </message>
    <message>
        <source>Days between PHQ-2 reminders</source>
        <translation>Días entre recordatorios del PHQ-2</translation>
    </message>
    <message>
        <source>days, while a course is active</source>
        <translation>días, mientras haya un tratamiento activo</translation>
    </message>
    <message>
        <source>Mood questionnaires answered</source>
        <translation>Cuestionarios de estado de ánimo respondidos</translation>
    </message>
    <message>
        <source>No questionnaire answered yet.</source>
        <translation>Todavía no ha respondido ningún cuestionario.</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>Ningún cuestionario todavía</translation>
    </message>
    <message>
        <source>Selected questionnaire</source>
        <translation>Cuestionario seleccionado</translation>
    </message>
    <message>
        <source>Discussed with my doctor…</source>
        <translation>Comentado con mi médico…</translation>
    </message>
    <message>
        <source>Mark as discussed with your doctor</source>
        <translation>Marcar como comentado con su médico</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove questionnaire</source>
        <translation>Eliminar cuestionario</translation>
    </message>
    <message>
        <source>Mood result</source>
        <translation>Resultado del estado de ánimo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Shown while a PHQ-9 with question 9 above 0 is not yet marked as discussed with your doctor.</source>
        <translation>Se muestra mientras un PHQ-9 con la pregunta 9 por encima de 0 no esté marcado como comentado con su médico.</translation>
    </message>
    <message>
        <source>Why this is shown</source>
        <translation>Por qué se muestra esto</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>No guardado: {problem}.</translation>
    </message>
    <message>
        <source>Saved: no PHQ-2 reminders.</source>
        <translation>Guardado: sin recordatorios del PHQ-2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: a PHQ-2 reminder every %n day(s).</source>
        <translation>
            <numerusform>Guardado: un recordatorio del PHQ-2 cada %n día.</numerusform>
            <numerusform>Guardado: un recordatorio del PHQ-2 cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>{questionnaire}, total {total}</source>
        <translation>{questionnaire}, total {total}</translation>
    </message>
    <message>
        <source>Saved: {questionnaire} marked as discussed.</source>
        <translation>Guardado: {questionnaire} marcado como comentado.</translation>
    </message>
    <message>
        <source>Remove the questionnaire</source>
        <translation>Eliminar el cuestionario</translation>
    </message>
    <message>
        <source>Remove {questionnaire} (total {total})? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {questionnaire} (total {total})? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not removed: {problem}.</source>
        <translation>No eliminado: {problem}.</translation>
    </message>
    <message>
        <source>Removed {questionnaire}.</source>
        <translation>Se ha eliminado {questionnaire}.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>{questionnaire} mood questionnaire</source>
        <translation>Cuestionario de estado de ánimo {questionnaire}</translation>
    </message>
    <message>
        <source>Day you answer</source>
        <translation>Día en que responde</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The Patient Health Questionnaire (PHQ), free to use, from Pfizer Inc. Your answers are kept with their date for you and your doctor; the app does not interpret them.</source>
        <translation>El Cuestionario sobre la salud del paciente (PHQ), de uso libre, de Pfizer Inc. Sus respuestas se guardan con su fecha para usted y su médico; la aplicación no las interpreta.</translation>
    </message>
    <message>
        <source>About this questionnaire</source>
        <translation>Acerca de este cuestionario</translation>
    </message>
    <message>
        <source>Save the {questionnaire}</source>
        <translation>Guardar el {questionnaire}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Day you answer</source>
        <translation>&amp;Día en que responde</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Question {number}: {answer}</source>
        <translation>Pregunta {number}: {answer}</translation>
    </message>
    <message>
        <source>Please answer every question: question {number} is not answered yet.</source>
        <translation>Responda a todas las preguntas: la pregunta {number} aún no tiene respuesta.</translation>
    </message>
    <message>
        <source>Please answer every question: questions {numbers} and {last} are not answered yet.</source>
        <translation>Responda a todas las preguntas: las preguntas {numbers} y {last} aún no tienen respuesta.</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>No guardado: {problem}.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireOffer</name>
    <message>
        <source>The longer questionnaire</source>
        <translation>El cuestionario más largo</translation>
    </message>
    <message>
        <source>Would you like to answer the longer questionnaire now?</source>
        <translation>¿Desea responder ahora el cuestionario más largo?</translation>
    </message>
    <message>
        <source>Answer the PHQ-9 now</source>
        <translation>Responder ahora el PHQ-9</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Saved: {questionnaire} of {day}, total {total}.</source>
        <translation>Guardado: {questionnaire} del {day}, total {total}.</translation>
    </message>
    <message>
        <source>It replaces that day&apos;s earlier answers (total {total}).</source>
        <translation>Sustituye a las respuestas anteriores de ese día (total {total}).</translation>
    </message>
</context>
</TS>
