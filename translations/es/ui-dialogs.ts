<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>under 1 KB</source>
        <translation>menos de 1 KB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Dose entries</source>
        <translation>Registros de dosis</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Backup copies</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restaurar la seleccionada</translation>
    </message>
    <message>
        <source>Replace your data with the selected copy; your data as it is now is backed up first</source>
        <translation>Sustituye sus datos por la copia seleccionada; antes se hace una copia de seguridad de sus datos tal como están ahora</translation>
    </message>
    <message>
        <source>&amp;Move folder…</source>
        <translation>&amp;Mover la carpeta…</translation>
    </message>
    <message>
        <source>Move folder</source>
        <translation>Mover la carpeta</translation>
    </message>
    <message>
        <source>Keep the backup copies in another folder</source>
        <translation>Guardar las copias de seguridad en otra carpeta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The backups cannot be listed: {error}</source>
        <translation>No se pueden mostrar las copias de seguridad: {error}</translation>
    </message>
    <message>
        <source>Copies are kept in {folder}.</source>
        <translation>Las copias se guardan en {folder}.</translation>
    </message>
    <message>
        <source>No copies yet in {folder}.</source>
        <translation>Todavía no hay copias en {folder}.</translation>
    </message>
    <message>
        <source>Not backed up: {error}</source>
        <translation>No se hizo la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>Backed up your data ({when}).</source>
        <translation>Se hizo una copia de seguridad de sus datos ({when}).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the copy of {when}? Your data as it is now is backed up first.</source>
        <translation>¿Restaurar la copia del {when}? Antes se hace una copia de seguridad de sus datos tal como están ahora.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>No se restauró: {error}</translation>
    </message>
    <message>
        <source>Restored the copy of {when}.</source>
        <translation>Se restauró la copia del {when}.</translation>
    </message>
    <message>
        <source>Restored the copy of {when}. Your data as it was is in the list as “{reason}”.</source>
        <translation>Se restauró la copia del {when}. Sus datos tal como estaban figuran en la lista como «{reason}».</translation>
    </message>
    <message>
        <source>Keep backup copies in</source>
        <translation>Guardar las copias de seguridad en</translation>
    </message>
    <message>
        <source>Not moved: {error}</source>
        <translation>No se movieron: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n copy(ies); new copies will be kept there too.</source>
        <translation>
            <numerusform>Se movió %n copia; las copias nuevas también se guardarán allí.</numerusform>
            <numerusform>Se movieron %n copias; las copias nuevas también se guardarán allí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDetailsDialog</name>
    <message>
        <source>Course day {change}</source>
        <translation>Día de tratamiento {change}</translation>
    </message>
    <message>
        <source>earlier days not logged: {change}</source>
        <translation>días anteriores sin registrar: {change}</translation>
    </message>
    <message>
        <source>earlier days not logged unchanged</source>
        <translation>días anteriores sin registrar: sin cambios</translation>
    </message>
    <message>
        <source>days taken: {change}</source>
        <translation>días con la dosis tomada: {change}</translation>
    </message>
    <message>
        <source>days taken unchanged</source>
        <translation>días con la dosis tomada: sin cambios</translation>
    </message>
    <message>
        <source>pause days: {change}</source>
        <translation>días de pausa: {change}</translation>
    </message>
    <message>
        <source>Course details</source>
        <translation>Datos del tratamiento</translation>
    </message>
    <message>
        <source>there is no active course to correct</source>
        <translation>no hay ningún tratamiento activo que corregir</translation>
    </message>
    <message>
        <source>Course start date</source>
        <translation>Fecha de inicio del tratamiento</translation>
    </message>
    <message>
        <source>The first day of the course; its first dose period moves with it</source>
        <translation>El primer día del tratamiento; su primer periodo de dosis se desplaza con él</translation>
    </message>
    <message>
        <source>Effect of the new start date</source>
        <translation>Efecto de la nueva fecha de inicio</translation>
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
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>&amp;Fecha de inicio</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <source>Pr&amp;escriber</source>
        <translation>&amp;Médico que la receta</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Course details problem</source>
        <translation>Problema en los datos del tratamiento</translation>
    </message>
    <message>
        <source>Save course details</source>
        <translation>Guardar los datos del tratamiento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Change the start date to see its effect on the counts before you save.</source>
        <translation>Cambie la fecha de inicio para ver su efecto en los recuentos antes de guardar.</translation>
    </message>
    <message>
        <source>Cannot start on {day}: {error}.</source>
        <translation>No puede empezar el {day}: {error}.</translation>
    </message>
    <message>
        <source>start date {day}</source>
        <translation>fecha de inicio {day}</translation>
    </message>
    <message>
        <source>product {product}</source>
        <translation>producto {product}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>prescriber {prescriber}</source>
        <translation>médico que la receta {prescriber}</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>sus datos</translation>
    </message>
    <message>
        <source>Please check: name the product (for example Claravis).</source>
        <translation>Revise: indique el producto (por ejemplo, Claravis).</translation>
    </message>
    <message>
        <source>Please check: {error}.</source>
        <translation>Revise: {error}.</translation>
    </message>
    <message>
        <source>the course details</source>
        <translation>los datos del tratamiento</translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message>
        <source>Each course&apos;s figures count from its own start: the cumulative dose of one course is never added to another&apos;s.</source>
        <translation>Las cifras de cada tratamiento cuentan desde su propio inicio: la dosis acumulada de un tratamiento nunca se suma a la de otro.</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Sus tratamientos</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>&amp;Reopen course…</source>
        <translation>&amp;Reabrir el tratamiento…</translation>
    </message>
    <message>
        <source>Reopen course</source>
        <translation>Reabrir el tratamiento</translation>
    </message>
    <message>
        <source>Make the most recent course active again, to correct or continue it</source>
        <translation>Vuelve a activar el tratamiento más reciente, para corregirlo o continuarlo</translation>
    </message>
    <message>
        <source>Courses result</source>
        <translation>Resultado de los tratamientos</translation>
    </message>
    <message>
        <source>About the figures</source>
        <translation>Sobre las cifras</translation>
    </message>
    <message>
        <source>Reopen your {product} course ({span})? It becomes the active course again: you can correct its days, and end it again from the File menu. Edit &gt; Undo ends it again on the same day.</source>
        <translation>¿Reabrir su tratamiento con {product} ({span})? Vuelve a ser el tratamiento activo: puede corregir sus días y finalizarlo de nuevo desde el menú Archivo. Editar &gt; Deshacer lo finaliza de nuevo el mismo día.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Not reopened: {error}.</source>
        <translation>No se reabrió: {error}.</translation>
    </message>
    <message>
        <source>Reopened the course that ran {span}.</source>
        <translation>Se reabrió el tratamiento ({span}).</translation>
    </message>
</context>
<context>
    <name>CoursesTexts</name>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>día {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{percent} of {target} mg/kg</source>
        <translation>{percent} de {target} mg/kg</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulada</translation>
    </message>
    <message>
        <source>mg/kg</source>
        <translation>mg/kg</translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation>Del objetivo</translation>
    </message>
</context>
<context>
    <name>EndCourseDialog</name>
    <message>
        <source>What changes: the course&apos;s figures stop on its last day, and Today shows them as its final figures; no more doses are logged for it. Nothing you recorded is deleted: History and Regimen still show the course. You can undo this with Edit &gt; Undo, and start a new course later from the File menu.</source>
        <translation>Qué cambia: las cifras del tratamiento se detienen en su último día, y Hoy las muestra como sus cifras finales; ya no se registran más dosis en él. No se elimina nada de lo que registró: Historial y Pauta siguen mostrando el tratamiento. Puede deshacerlo con Editar &gt; Deshacer, y empezar un nuevo tratamiento más adelante desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Your pregnancy test calendar will then list the end-of-course and after-course tests.</source>
        <translation>Su calendario de pruebas de embarazo mostrará entonces las pruebas de fin de tratamiento y las posteriores al tratamiento.</translation>
    </message>
    <message>
        <source>End your course</source>
        <translation>Finalizar su tratamiento</translation>
    </message>
    <message>
        <source>Last day of the course</source>
        <translation>Último día del tratamiento</translation>
    </message>
    <message>
        <source>The last day of the course; days after it are not part of it</source>
        <translation>El último día del tratamiento; los días posteriores no forman parte de él</translation>
    </message>
    <message>
        <source>Final figures</source>
        <translation>Cifras finales</translation>
    </message>
    <message>
        <source>Proposed visits</source>
        <translation>Visitas propuestas</translation>
    </message>
    <message>
        <source>End course problem</source>
        <translation>Problema al finalizar el tratamiento</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Finalizar el tratamiento</translation>
    </message>
    <message>
        <source>&amp;End course</source>
        <translation>&amp;Finalizar el tratamiento</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <source>Your {product} course started on {day}. Choose its last day.</source>
        <translation>Su tratamiento con {product} empezó el {day}. Elija su último día.</translation>
    </message>
    <message>
        <source>About the course</source>
        <translation>Sobre el tratamiento</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>Pregnancy tests</source>
        <translation>Pruebas de embarazo</translation>
    </message>
    <message>
        <source>The figures cannot be shown for that day: {error}.</source>
        <translation>No se pueden mostrar las cifras de ese día: {error}.</translation>
    </message>
    <message>
        <source>Not ended: {error}.</source>
        <translation>No se finalizó: {error}.</translation>
    </message>
</context>
<context>
    <name>EndCourseTexts</name>
    <message numerus="yes">
        <source>The %n proposed visit(s) after that day (not yet confirmed) will be dropped; the visits you confirmed stay.</source>
        <translation>
            <numerusform>La visita propuesta posterior a ese día (aún sin confirmar) se eliminará; las visitas que usted confirmó se mantienen.</numerusform>
            <numerusform>Las %n visitas propuestas posteriores a ese día (aún sin confirmar) se eliminarán; las visitas que usted confirmó se mantienen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its final figures would be: %n day(s), {mg} = {mg_per_kg}, {percent} of your {target} mg/kg target.</source>
        <translation>
            <numerusform>Sus cifras finales serían: %n día, {mg} = {mg_per_kg}, {percent} de su objetivo de {target} mg/kg.</numerusform>
            <numerusform>Sus cifras finales serían: %n días, {mg} = {mg_per_kg}, {percent} de su objetivo de {target} mg/kg.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDayDialog</name>
    <message>
        <source>Save {mg} for {day}? {scheduled} is scheduled that day.</source>
        <translation>¿Guardar {mg} para el {day}? Ese día la dosis prevista es de {scheduled}.</translation>
    </message>
    <message>
        <source>Save {mg} for {day}? Nothing is scheduled that day (pause).</source>
        <translation>¿Guardar {mg} para el {day}? Ese día no hay nada previsto (pausa).</translation>
    </message>
    <message>
        <source>More than scheduled</source>
        <translation>Más de lo previsto</translation>
    </message>
    <message>
        <source>Save {mg}</source>
        <translation>Guardar {mg}</translation>
    </message>
    <message>
        <source>Dose on {day}</source>
        <translation>Dosis del {day}</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Tomada</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>&amp;Missed (forgot)</source>
        <translation>&amp;Olvidada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>&amp;Skipped on purpose</source>
        <translation>Omitida a &amp;propósito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Milligrams taken</source>
        <translation>Miligramos tomados</translation>
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
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Record the time taken</source>
        <translation>Registrar la hora de la toma</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Scheduled: {mg}</source>
        <translation>Prevista: {mg}</translation>
    </message>
    <message>
        <source>Nothing is scheduled this day (pause).</source>
        <translation>Este día no hay nada previsto (pausa).</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Mark as not lo&amp;gged</source>
        <translation>Marcar como sin re&amp;gistrar</translation>
    </message>
    <message>
        <source>Mark as not logged</source>
        <translation>Marcar como sin registrar</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>No guardado: {error}.</translation>
    </message>
    <message>
        <source>Not saved: {mg} was not confirmed.</source>
        <translation>No guardado: no se confirmaron los {mg}.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>This will be {next_course}. {last_course} ({span}) stays on record as it is. The new course&apos;s figures (mg and mg/kg) count from its own start: they are never added to an earlier course&apos;s.</source>
        <translation>Este será {next_course}. {last_course} ({span}) se conserva tal como está. Las cifras del nuevo tratamiento (mg y mg/kg) cuentan desde su propio inicio: nunca se suman a las de un tratamiento anterior.</translation>
    </message>
    <message>
        <source>Start a new course</source>
        <translation>Empezar un nuevo tratamiento</translation>
    </message>
    <message>
        <source>Start the new &amp;course</source>
        <translation>Empezar el nuevo &amp;tratamiento</translation>
    </message>
    <message>
        <source>Start the new course</source>
        <translation>Empezar el nuevo tratamiento</translation>
    </message>
    <message>
        <source>Earlier courses</source>
        <translation>Tratamientos anteriores</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>The rule set gives the number of days between tests; you can change each of them on the Pregnancy prevention page.</source>
        <translation>Las reglas fijan el número de días entre pruebas; puede cambiar cada uno de ellos en la página Prevención del embarazo.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Pregnancy-prevention rule set</source>
        <translation>Reglas de prevención del embarazo</translation>
    </message>
    <message>
        <source>About the rule set</source>
        <translation>Sobre las reglas</translation>
    </message>
    <message>
        <source>&amp;Rule set</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Profile problem</source>
        <translation>Problema en el perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your own details. Everything stays on this computer.</source>
        <translation>Sus propios datos. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>About this dialog</source>
        <translation>Sobre este cuadro de diálogo</translation>
    </message>
    <message>
        <source>Please check: {error}.</source>
        <translation>Revise: {error}.</translation>
    </message>
</context>
<context>
    <name>SetupTexts</name>
    <message>
        <source>&amp;Import data from a file…</source>
        <translation>&amp;Importar datos de un archivo…</translation>
    </message>
    <message numerus="yes">
        <source>Start on {when}? That is %n year(s) ago: day {day} of the course.</source>
        <translation>
            <numerusform>¿Empezar el {when}? Eso fue hace %n año: el día {day} del tratamiento.</numerusform>
            <numerusform>¿Empezar el {when}? Eso fue hace %n años: el día {day} del tratamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the start date</source>
        <translation>Revise la fecha de inicio</translation>
    </message>
    <message>
        <source>Start on {when}</source>
        <translation>Empezar el {when}</translation>
    </message>
    <message>
        <source>Set up your course</source>
        <translation>Configure su tratamiento</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Shown on the visit summary; optional</source>
        <translation>Aparece en el resumen para la consulta; opcional</translation>
    </message>
    <message>
        <source>Give date of birth</source>
        <translation>Indicar la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Can you become pregnant</source>
        <translation>Puede quedarse embarazada</translation>
    </message>
    <message>
        <source>Only then does the app show pregnancy prevention</source>
        <translation>Solo entonces la aplicación muestra la prevención del embarazo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Course start date</source>
        <translation>Fecha de inicio del tratamiento</translation>
    </message>
    <message>
        <source>Weight at the start in kilograms</source>
        <translation>Peso al inicio, en kilogramos</translation>
    </message>
    <message>
        <source>enter your weight</source>
        <translation>indique su peso</translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation>Dosis diaria en mg</translation>
    </message>
    <message>
        <source>The total for the day, as prescribed</source>
        <translation>El total del día, según la receta</translation>
    </message>
    <message>
        <source>enter the dose</source>
        <translation>indique la dosis</translation>
    </message>
    <message>
        <source>Taken as a morning and an evening intake</source>
        <translation>En una toma por la mañana y otra por la noche</translation>
    </message>
    <message>
        <source>Split into morning and evening</source>
        <translation>Repartida entre mañana y noche</translation>
    </message>
    <message>
        <source>Cumulative target in mg per kg</source>
        <translation>Objetivo de dosis acumulada en mg por kg</translation>
    </message>
    <message>
        <source>The cumulative target your prescriber set. 150 mg/kg is only filled in to start with: change it to your prescriber&apos;s figure</source>
        <translation>El objetivo de dosis acumulada que fijó su médico. Los 150 mg/kg solo aparecen para empezar: cámbielos por la cifra de su médico</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Planned length in weeks</source>
        <translation>Duración prevista en semanas</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Médico que la receta</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Setup problem</source>
        <translation>Problema en la configuración</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Can you become &amp;pregnant?</source>
        <translation>¿Puede quedarse &amp;embarazada?</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Peso</translation>
    </message>
    <message>
        <source>&amp;Daily dose</source>
        <translation>&amp;Dosis diaria</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Planned &amp;length</source>
        <translation>D&amp;uración prevista</translation>
    </message>
    <message>
        <source>Pr&amp;escriber</source>
        <translation>&amp;Médico que la receta</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Start tracking</source>
        <translation>Empezar el seguimiento</translation>
    </message>
    <message>
        <source>Start trac&amp;king</source>
        <translation>Empezar el &amp;seguimiento</translation>
    </message>
    <message>
        <source>A few details to start. Everything stays on this computer.</source>
        <translation>Unos pocos datos para empezar. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>A few details to start. Everything stays on this computer. Moving from another computer? Import the data you exported there.</source>
        <translation>Unos pocos datos para empezar. Todo se queda en este equipo. ¿Viene de otro equipo? Importe los datos que exportó allí.</translation>
    </message>
    <message>
        <source>Import data from a file</source>
        <translation>Importar datos de un archivo</translation>
    </message>
    <message>
        <source>Load your data from a file made by Export all data, e.g. on your old computer</source>
        <translation>Cargue sus datos desde un archivo creado con Exportar todos los datos, por ejemplo en su equipo anterior</translation>
    </message>
    <message>
        <source>Your data was imported, but the file holds no course: start one here.</source>
        <translation>Sus datos se importaron, pero el archivo no contiene ningún tratamiento: empiece uno aquí.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>enter your weight in kilograms (20 to 300)</source>
        <translation>indique su peso en kilogramos (de 20 a 300)</translation>
    </message>
    <message>
        <source>enter the daily dose your prescriber gave you, in mg</source>
        <translation>indique la dosis diaria que le indicó su médico, en mg</translation>
    </message>
    <message>
        <source>Please check: {error}.</source>
        <translation>Revise: {error}.</translation>
    </message>
    <message>
        <source>Please check the start date.</source>
        <translation>Revise la fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
</TS>
