<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckInBox</name>
    <message>
        <source>You have not checked in yet.</source>
        <translation>Aún no ha hecho ninguna revisión de síntomas.</translation>
    </message>
    <message>
        <source>You checked in today. You can check in again to change your answers.</source>
        <translation>Hoy ya ha hecho la revisión de síntomas. Puede hacerla de nuevo para cambiar sus respuestas.</translation>
    </message>
    <message>
        <source>Your last check-in: {day}.</source>
        <translation>Su última revisión de síntomas: {day}.</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>¿Cómo se encuentra hoy?</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última revisión de síntomas</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Revisar síntomas…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Revisar síntomas</translation>
    </message>
    <message>
        <source>How bad is each symptom today</source>
        <translation>Qué intensidad tiene hoy cada síntoma</translation>
    </message>
    <message>
        <source>Open the Side effects and mood page</source>
        <translation>Abrir la página Efectos secundarios y estado de ánimo</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Resultado de la revisión de síntomas</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Revisión de síntomas</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Fecha de la revisión de síntomas</translation>
    </message>
    <message>
        <source>About the check-in</source>
        <translation>Acerca de la revisión de síntomas</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Keys: Left and Right change an answer, Up, Down or Tab go to the next symptom, 0 to 3 choose an answer, Enter saves.</source>
        <translation>Teclas: Izquierda y Derecha cambian una respuesta; Arriba, Abajo o Tab pasan al siguiente síntoma; de 0 a 3 eligen una respuesta; Intro guarda.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>How have you been? Choose how bad each symptom is now. The answers start from none: this is your first check-in.</source>
        <translation>¿Cómo se ha encontrado? Elija la intensidad que tiene ahora cada síntoma. Las respuestas empiezan en ninguna: es su primera revisión de síntomas.</translation>
    </message>
    <message>
        <source>How have you been? Choose how bad each symptom is now. The answers start from your last check-in ({day}), except the symptoms marked {mark}: they start at none every time (unless you reported them today), so that you answer them afresh.</source>
        <translation>¿Cómo se ha encontrado? Elija la intensidad que tiene ahora cada síntoma. Las respuestas empiezan como en su última revisión de síntomas ({day}), salvo los síntomas marcados {mark}: empiezan siempre en ninguna (a menos que los haya registrado hoy), para que los responda de nuevo.</translation>
    </message>
</context>
<context>
    <name>NowModel</name>
    <message>
        <source>discussed {day}</source>
        <translation>comentada el {day}</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Ongoing since</source>
        <translation>Presente desde</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
</context>
<context>
    <name>OwnSymptomsDialog</name>
    <message>
        <source>Add your own symptom</source>
        <translation>Añadir un síntoma propio</translation>
    </message>
    <message>
        <source>Name of the symptom, in your own words:</source>
        <translation>Nombre del síntoma, con sus propias palabras:</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Sus síntomas propios</translation>
    </message>
    <message>
        <source>Your own symptoms, ticked if the check-in asks them</source>
        <translation>Sus síntomas propios, marcados si la revisión de síntomas pregunta por ellos</translation>
    </message>
    <message>
        <source>You have not added a symptom of your own yet.</source>
        <translation>Aún no ha añadido ningún síntoma propio.</translation>
    </message>
    <message>
        <source>No symptoms of your own</source>
        <translation>Ningún síntoma propio</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>&amp;Add a symptom…</source>
        <translation>&amp;Añadir un síntoma…</translation>
    </message>
    <message>
        <source>Add a symptom of your own</source>
        <translation>Añadir un síntoma propio</translation>
    </message>
    <message>
        <source>Symptoms you added in your own words. Ticked ones are asked in every check-in; untick one to stop being asked (its reports stay).</source>
        <translation>Síntomas que ha añadido con sus propias palabras. Por los marcados se pregunta en cada revisión de síntomas; desmarque uno para que no se pregunte más (sus registros se conservan).</translation>
    </message>
    <message>
        <source>About your own symptoms</source>
        <translation>Acerca de sus síntomas propios</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No guardado: {reason}.</translation>
    </message>
    <message>
        <source>Not added: {reason}.</source>
        <translation>No añadido: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Symptoms marked {mark} are the ones the Medication Guide asks you to call your doctor about right away.</source>
        <translation>Los síntomas marcados {mark} son aquellos por los que la Guía del medicamento le pide que llame a su médico de inmediato.</translation>
    </message>
    <message>
        <source>{number}: {severity}</source>
        <translation>{number}: {severity}</translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation>Modificar registro</translation>
    </message>
    <message>
        <source>Report a symptom</source>
        <translation>Registrar un síntoma</translation>
    </message>
    <message>
        <source>Add your &amp;own symptom…</source>
        <translation>Añadir un síntoma &amp;propio…</translation>
    </message>
    <message>
        <source>Add your own symptom</source>
        <translation>Añadir un síntoma propio</translation>
    </message>
    <message>
        <source>A symptom that is not in the list, in your own words</source>
        <translation>Un síntoma que no está en la lista, con sus propias palabras</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Fecha del registro</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
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
        <source>&amp;Symptom</source>
        <translation>&amp;Síntoma</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;How bad</source>
        <translation>&amp;Intensidad</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Reported on {day}: to report another day, use Report a symptom.</source>
        <translation>Registrado el {day}: para registrar otro día, use Registrar un síntoma.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>About red flags</source>
        <translation>Acerca de las señales de alarma</translation>
    </message>
    <message>
        <source>Not added: {reason}.</source>
        <translation>No añadido: {reason}.</translation>
    </message>
    <message>
        <source>choose a symptom from the list, or add your own with Add your own symptom</source>
        <translation>elija un síntoma de la lista o añada uno propio con Añadir un síntoma propio</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Señal de alarma</translation>
    </message>
</context>
<context>
    <name>SeverityRow</name>
    <message>
        <source>{symptom} symptom</source>
        <translation>Síntoma {symptom}</translation>
    </message>
    <message>
        <source>{symptom}: {severity}</source>
        <translation>{symptom}: {severity}</translation>
    </message>
</context>
<context>
    <name>SideEffectWording</name>
    <message>
        <source>(call your doctor right away)</source>
        <translation>(llame a su médico de inmediato)</translation>
    </message>
    <message>
        <source>{symptom} {mark}</source>
        <translation>{symptom} {mark}</translation>
    </message>
    <message>
        <source>{severity} ({number})</source>
        <translation>{severity} ({number})</translation>
    </message>
    <message>
        <source>Red flag: not yet discussed with your doctor</source>
        <translation>Señal de alarma: aún no comentada con su médico</translation>
    </message>
    <message>
        <source>Red flag: discussed on {day}</source>
        <translation>Señal de alarma: comentada el {day}</translation>
    </message>
</context>
<context>
    <name>SideEffectsController</name>
    <message>
        <source>the check-in of {day}</source>
        <translation>la revisión de síntomas del {day}</translation>
    </message>
    <message>
        <source>the report of {symptom} on {day}</source>
        <translation>el registro de {symptom} del {day}</translation>
    </message>
    <message>
        <source>editing {symptom} on {day}</source>
        <translation>la modificación de {symptom} del {day}</translation>
    </message>
    <message>
        <source>removing {symptom} on {day}</source>
        <translation>la eliminación de {symptom} del {day}</translation>
    </message>
    <message>
        <source>asking about {symptom} in the check-in</source>
        <translation>la inclusión de {symptom} en la revisión de síntomas</translation>
    </message>
    <message>
        <source>no longer asking about {symptom} in the check-in</source>
        <translation>la retirada de {symptom} de la revisión de síntomas</translation>
    </message>
    <message>
        <source>Saved your check-in of {day}: nothing felt.</source>
        <translation>Revisión de síntomas del {day} guardada: ningún síntoma presente.</translation>
    </message>
    <message numerus="yes">
        <source>Saved your check-in of {day}: %n symptom(s) felt.</source>
        <translation>
            <numerusform>Revisión de síntomas del {day} guardada: %n síntoma presente.</numerusform>
            <numerusform>Revisión de síntomas del {day} guardada: %n síntomas presentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideEffectsPage</name>
    <message>
        <source>Side effects and mood</source>
        <translation>Efectos secundarios y estado de ánimo</translation>
    </message>
    <message>
        <source>{day}: {symptom}, {severity}.</source>
        <translation>{day}: {symptom}, {severity}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>What was said: {note}</source>
        <translation>Lo que se dijo: {note}</translation>
    </message>
    <message>
        <source>Side effects and mood tabs</source>
        <translation>Pestañas de efectos secundarios y estado de ánimo</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Revisar síntomas…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Revisar síntomas</translation>
    </message>
    <message>
        <source>How bad is each symptom today</source>
        <translation>Qué intensidad tiene hoy cada síntoma</translation>
    </message>
    <message>
        <source>&amp;Report a symptom…</source>
        <translation>Registrar un &amp;síntoma…</translation>
    </message>
    <message>
        <source>Report a symptom</source>
        <translation>Registrar un síntoma</translation>
    </message>
    <message>
        <source>Ctrl+N on this page</source>
        <translation>Ctrl+N en esta página</translation>
    </message>
    <message>
        <source>Your &amp;own symptoms…</source>
        <translation>Sus síntomas &amp;propios…</translation>
    </message>
    <message>
        <source>Your own symptoms</source>
        <translation>Sus síntomas propios</translation>
    </message>
    <message>
        <source>Add symptoms in your own words; choose which the check-in asks</source>
        <translation>Añada síntomas con sus propias palabras; elija por cuáles pregunta la revisión de síntomas</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última revisión de síntomas</translation>
    </message>
    <message>
        <source>Red flags not yet discussed</source>
        <translation>Señales de alarma aún no comentadas</translation>
    </message>
    <message>
        <source>Symptoms felt now</source>
        <translation>Síntomas presentes ahora</translation>
    </message>
    <message>
        <source>Nothing felt in your latest reports.</source>
        <translation>Ningún síntoma presente en sus últimos registros.</translation>
    </message>
    <message>
        <source>Nothing felt now</source>
        <translation>Ningún síntoma presente ahora</translation>
    </message>
    <message>
        <source>Symptom history to show</source>
        <translation>Historial de síntoma que mostrar</translation>
    </message>
    <message>
        <source>Side-effect reports</source>
        <translation>Registros de efectos secundarios</translation>
    </message>
    <message>
        <source>No reports yet: check in, or report a symptom.</source>
        <translation>Aún no hay registros: haga la revisión de síntomas o registre un síntoma.</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Sin registros</translation>
    </message>
    <message>
        <source>Selected report</source>
        <translation>Registro seleccionado</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Edit report</source>
        <translation>Modificar registro</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source>Side effects result</source>
        <translation>Resultado en efectos secundarios</translation>
    </message>
    <message>
        <source>Report a symptom…</source>
        <translation>Registrar un síntoma…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>History of one symptom</source>
        <translation>Historial de un síntoma</translation>
    </message>
    <message>
        <source>S&amp;ymptom</source>
        <translation>Sín&amp;toma</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>&amp;Side effects</source>
        <translation>&amp;Efectos secundarios</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>Estado de ánim&amp;o</translation>
    </message>
    <message>
        <source>Last check-in or report: {day}.</source>
        <translation>Última revisión o registro: {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n red-flag report(s) {mark}: not yet marked as discussed with your doctor. Mark them on Today.</source>
        <translation>
            <numerusform>%n registro con señal de alarma {mark}: aún no marcado como comentado con su médico. Márquelo en la página Hoy.</numerusform>
            <numerusform>%n registros con señal de alarma {mark}: aún no marcados como comentados con su médico. Márquelos en la página Hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message>
        <source>Choose a report in the list to see it whole.</source>
        <translation>Elija un registro de la lista para verlo completo.</translation>
    </message>
    <message>
        <source>Saved: {symptom}, {severity}, on {day}.</source>
        <translation>Guardado: {symptom}, {severity}, el {day}.</translation>
    </message>
    <message>
        <source>Remove the report of {symptom}, {severity}, on {day}?</source>
        <translation>¿Eliminar el registro de {symptom}, {severity}, del {day}?</translation>
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
        <source>Removed the report of {symptom}, {severity}, on {day}.</source>
        <translation>Eliminado el registro de {symptom}, {severity}, del {day}.</translation>
    </message>
    <message>
        <source>You have not checked in yet.</source>
        <translation>Aún no ha hecho ninguna revisión de síntomas.</translation>
    </message>
</context>
<context>
    <name>SymptomCombo</name>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Type part of a name to find it</source>
        <translation>Escriba parte de un nombre para encontrarlo</translation>
    </message>
    <message>
        <source>Type to find a symptom</source>
        <translation>Escriba para buscar un síntoma</translation>
    </message>
</context>
<context>
    <name>SymptomHistory</name>
    <message>
        <source>{symptom}: not reported yet.</source>
        <translation>{symptom}: aún sin registrar.</translation>
    </message>
    <message numerus="yes">
        <source>{symptom}: %n report(s), the worst {severity}.</source>
        <translation>
            <numerusform>{symptom}: %n registro; intensidad máxima: {severity}.</numerusform>
            <numerusform>{symptom}: %n registros; intensidad máxima: {severity}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Symptom history</source>
        <translation>Historial del síntoma</translation>
    </message>
    <message>
        <source>{history} 0 none, 1 mild, 2 moderate, 3 severe.</source>
        <translation>{history} 0 ninguna, 1 leve, 2 moderada, 3 grave.</translation>
    </message>
    <message>
        <source>Choose a symptom above, or in the Now list, to see its history.</source>
        <translation>Elija un síntoma arriba, o en la lista Ahora, para ver su historial.</translation>
    </message>
    <message>
        <source>How bad, by day</source>
        <translation>Intensidad por día</translation>
    </message>
    <message>
        <source>How bad (0-3)</source>
        <translation>Intensidad (0-3)</translation>
    </message>
    <message>
        <source>Chart of how bad the symptom was, by day</source>
        <translation>Gráfico de la intensidad del síntoma por día</translation>
    </message>
</context>
</TS>
