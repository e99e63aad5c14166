<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcneServiceWords</name>
    <message>
        <source>another assessment is on record for that day now, so {assessment} was not put back</source>
        <translation>ahora hay otra evaluación registrada ese día, así que no se ha repuesto {assessment}</translation>
    </message>
    <message>
        <source>there is already an assessment on {day} (id {id}); edit that one instead</source>
        <translation>ya hay una evaluación el {day} (id {id}); modifique esa en su lugar</translation>
    </message>
</context>
<context>
    <name>AppointmentServiceWords</name>
    <message>
        <source>{appointment} has taken place, so it cannot be cancelled</source>
        <translation>{appointment}: la cita ya tuvo lugar, así que no se puede cancelar</translation>
    </message>
    <message>
        <source>{appointment} is already cancelled</source>
        <translation>{appointment}: la cita ya está cancelada</translation>
    </message>
    <message>
        <source>{appointment} is on a later day than today; mark it done once it has taken place</source>
        <translation>{appointment}: la cita es en un día posterior a hoy; márquela como hecha cuando haya tenido lugar</translation>
    </message>
    <message>
        <source>{appointment} is on record again, so it was not put back a second time</source>
        <translation>{appointment}: la cita vuelve a estar registrada, así que no se ha repuesto por segunda vez</translation>
    </message>
    <message>
        <source>{appointment} has taken place, so it cannot be moved to {when}, a later day than today</source>
        <translation>{appointment}: la cita ya tuvo lugar, así que no se puede mover al {when}, un día posterior a hoy</translation>
    </message>
    <message>
        <source>{appointment} is already planned; there is nothing to confirm</source>
        <translation>{appointment}: la cita ya está programada; no hay nada que confirmar</translation>
    </message>
    <message>
        <source>{appointment} is done; only a proposed (tentative) appointment is confirmed</source>
        <translation>{appointment}: la cita ya está hecha; solo se confirma una cita propuesta (provisional)</translation>
    </message>
    <message>
        <source>{appointment} is cancelled; move it to a new time to book it again</source>
        <translation>{appointment}: la cita está cancelada; muévala a una nueva hora para volver a reservarla</translation>
    </message>
    <message>
        <source>{appointment} was changed elsewhere since it was shown: it has been removed</source>
        <translation>{appointment}: la cita se ha cambiado en otro lugar desde que se mostró; se ha eliminado</translation>
    </message>
    <message>
        <source>{appointment} was changed elsewhere since it was shown: now {current}</source>
        <translation>{appointment}: la cita se ha cambiado en otro lugar desde que se mostró; ahora es {current}</translation>
    </message>
    <message>
        <source>there is no appointment with id {id}</source>
        <translation>no hay ninguna cita con id {id}</translation>
    </message>
</context>
<context>
    <name>BackupServiceWords</name>
    <message>
        <source>the backup {backup} is damaged ({problems}); your data was left as it is. Choose another copy.</source>
        <translation>la copia de seguridad {backup} está dañada ({problems}); sus datos se han dejado como estaban. Elija otra copia.</translation>
    </message>
    <message>
        <source>there is no backup named {backup} in {folder}; `{command}` shows the copies there are</source>
        <translation>no hay ninguna copia de seguridad llamada {backup} en {folder}; `{command}` muestra las copias que hay</translation>
    </message>
    <message>
        <source>{backup} is not an isotrack backup (it has no schema version); your data was left as it is</source>
        <translation>{backup} no es una copia de seguridad de isotrack (no tiene versión de esquema); sus datos se han dejado como estaban</translation>
    </message>
    <message>
        <source>the backup {backup} was written by a newer version of isotrack (schema {revision}); this version cannot restore it. Your data was left as it is; install the newer version to restore that copy.</source>
        <translation>la copia de seguridad {backup} la escribió una versión más reciente de isotrack (esquema {revision}); esta versión no puede restaurarla. Sus datos se han dejado como estaban; instale la versión más reciente para restaurar esa copia.</translation>
    </message>
</context>
<context>
    <name>CalendarExportWords</name>
    <message>
        <source>your data has no store identity (the setting store.identity), which names the events of an exported calendar; nothing was exported. Restoring a backup brings it back</source>
        <translation>sus datos no tienen identidad de almacén (el ajuste store.identity), que da nombre a los eventos de un calendario exportado; no se ha exportado nada. Restaurar una copia de seguridad la recupera</translation>
    </message>
    <message>
        <source>Screening pregnancy test due</source>
        <translation>Prueba de embarazo de cribado pendiente</translation>
    </message>
    <message>
        <source>Confirmation pregnancy test due</source>
        <translation>Prueba de embarazo de confirmación pendiente</translation>
    </message>
    <message>
        <source>Monthly pregnancy test due</source>
        <translation>Prueba de embarazo mensual pendiente</translation>
    </message>
    <message>
        <source>End-of-course pregnancy test due</source>
        <translation>Prueba de embarazo de fin de tratamiento pendiente</translation>
    </message>
    <message>
        <source>After-course pregnancy test due</source>
        <translation>Prueba de embarazo posterior al tratamiento pendiente</translation>
    </message>
    <message>
        <source>Last day to pick up your prescription</source>
        <translation>Último día para recoger su receta</translation>
    </message>
    <message>
        <source>Worked out by isotrack from your test dates and the intervals of your rule set; you can change the intervals in the app.</source>
        <translation>Calculado por isotrack a partir de las fechas de sus pruebas y de los intervalos de sus reglas; puede cambiar los intervalos en la aplicación.</translation>
    </message>
    <message>
        <source>Recording a test in isotrack does not submit it to iPLEDGE.</source>
        <translation>Registrar una prueba en isotrack no la envía a iPLEDGE.</translation>
    </message>
    <message>
        <source>Proposed by your follow-up plan; not confirmed yet.</source>
        <translation>Propuesta por su plan de seguimiento; aún sin confirmar.</translation>
    </message>
    <message>
        <source>Not due at the moment. isotrack writes this entry so that a date it gave before is taken off your calendar.</source>
        <translation>No está pendiente por ahora. isotrack escribe esta entrada para que una fecha que dio antes se quite de su calendario.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name, e.g. {example}</source>
        <translation>{path} es una carpeta; indique un nombre de archivo, p. ej., {example}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message numerus="yes">
        <source>The %n-day window to pick up your prescription after your negative test on {day} ends with this day.</source>
        <translation>
            <numerusform>El plazo de recogida de %n día de su receta tras su prueba negativa del {day} termina este día.</numerusform>
            <numerusform>El plazo de recogida de %n días de su receta tras su prueba negativa del {day} termina este día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseServiceWords</name>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>date of birth cannot be in the future</source>
        <translation>la fecha de nacimiento no puede estar en el futuro</translation>
    </message>
    <message>
        <source>the first dose period starts on the course&apos;s first day</source>
        <translation>el primer periodo de dosis empieza el primer día del tratamiento</translation>
    </message>
    <message>
        <source>{day} is in the future; set the course up on or after its first day</source>
        <translation>{day} está en el futuro; configure el tratamiento a partir de su primer día</translation>
    </message>
    <message>
        <source>a course is already active (started {day}); end it before starting another</source>
        <translation>ya hay un tratamiento activo (empezó el {day}); termínelo antes de empezar otro</translation>
    </message>
    <message>
        <source>the active course is now another one (started {day})</source>
        <translation>el tratamiento activo ahora es otro (empezó el {day})</translation>
    </message>
    <message>
        <source>a course cannot end before it started</source>
        <translation>un tratamiento no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>a course cannot end in the future</source>
        <translation>un tratamiento no puede terminar en el futuro</translation>
    </message>
    <message>
        <source>that course is no longer on record</source>
        <translation>ese tratamiento ya no está registrado</translation>
    </message>
    <message>
        <source>this course has not ended</source>
        <translation>este tratamiento no ha terminado</translation>
    </message>
    <message>
        <source>another course is active (started {day}); only one course can be active at a time</source>
        <translation>hay otro tratamiento activo (empezó el {day}); solo puede haber un tratamiento activo a la vez</translation>
    </message>
    <message>
        <source>a later course (started {day}) is on record; only the most recent course can be reopened</source>
        <translation>hay un tratamiento posterior registrado (empezó el {day}); solo se puede reabrir el tratamiento más reciente</translation>
    </message>
    <message>
        <source>{day} is in the future; a course is set up on or after its first day</source>
        <translation>{day} está en el futuro; un tratamiento se configura a partir de su primer día</translation>
    </message>
    <message>
        <source>a dose period starts on {day}, on or before the new start; remove it first</source>
        <translation>un periodo de dosis empieza el {day}, en el nuevo inicio o antes; elimínelo primero</translation>
    </message>
    <message>
        <source>{day} is before the course started ({start})</source>
        <translation>{day} es anterior al inicio del tratamiento ({start})</translation>
    </message>
    <message>
        <source>the first dose period cannot be removed; set a new dose from the start date</source>
        <translation>el primer periodo de dosis no se puede eliminar; fije una nueva dosis desde la fecha de inicio</translation>
    </message>
    <message>
        <source>no dose period starts on {day}</source>
        <translation>ningún periodo de dosis empieza el {day}</translation>
    </message>
    <message>
        <source>the product name</source>
        <translation>el nombre del producto</translation>
    </message>
    <message>
        <source>name the product (for example Claravis or a generic)</source>
        <translation>indique el producto (por ejemplo, Claravis o un genérico)</translation>
    </message>
    <message>
        <source>the prescriber&apos;s name</source>
        <translation>el nombre del médico que la receta</translation>
    </message>
    <message>
        <source>1 logged day is after {day}; choose a later last day, or mark it as not logged first</source>
        <translation>hay 1 día registrado después del {day}; elija un último día posterior, o márquelo antes como sin registrar</translation>
    </message>
    <message numerus="yes">
        <source>%n logged days are after {day}; choose a later last day, or mark them as not logged first</source>
        <translation>
            <numerusform>hay %n día registrado después del {day}; elija un último día posterior, o márquelo antes como sin registrar</numerusform>
            <numerusform>hay %n días registrados después del {day}; elija un último día posterior, o márquelos antes como sin registrar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 logged day is before {day}; mark them as not logged first, or choose an earlier start</source>
        <translation>hay 1 día registrado antes del {day}; márquelo antes como sin registrar, o elija un inicio anterior</translation>
    </message>
    <message numerus="yes">
        <source>%n logged days are before {day}; mark them as not logged first, or choose an earlier start</source>
        <translation>
            <numerusform>hay %n día registrado antes del {day}; márquelo antes como sin registrar, o elija un inicio anterior</numerusform>
            <numerusform>hay %n días registrados antes del {day}; márquelos antes como sin registrar, o elija un inicio anterior</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoseLogServiceWords</name>
    <message>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>el intervalo termina ({last}) antes de empezar ({first})</translation>
    </message>
    <message>
        <source>no dose is scheduled on {day}; give the mg taken</source>
        <translation>no hay ninguna dosis prevista el {day}; indique los mg tomados</translation>
    </message>
    <message>
        <source>{day} is before the course started ({start})</source>
        <translation>{day} es anterior al inicio del tratamiento ({start})</translation>
    </message>
    <message>
        <source>{day} is in the future; log a day once it comes</source>
        <translation>{day} está en el futuro; registre un día cuando llegue</translation>
    </message>
    <message>
        <source>{day} was changed elsewhere since it was shown: now {entry}</source>
        <translation>el {day} se ha cambiado en otro lugar desde que se mostró: ahora {entry}</translation>
    </message>
    <message>
        <source>nothing is scheduled on {day} (a pause), so there is no dose to mark as missed</source>
        <translation>no hay nada previsto el {day} (una pausa), así que no hay ninguna dosis que marcar como olvidada</translation>
    </message>
    <message>
        <source>nothing is scheduled on {day} (a pause), so there is no dose to mark as skipped</source>
        <translation>no hay nada previsto el {day} (una pausa), así que no hay ninguna dosis que marcar como omitida</translation>
    </message>
    <message>
        <source>a missed day has no amount, meal answer or time taken</source>
        <translation>un día con la dosis olvidada no lleva cantidad, respuesta sobre la comida ni hora de la toma</translation>
    </message>
    <message>
        <source>a skipped day has no amount, meal answer or time taken</source>
        <translation>un día con la dosis omitida no lleva cantidad, respuesta sobre la comida ni hora de la toma</translation>
    </message>
</context>
<context>
    <name>ExportFilesWords</name>
    <message>
        <source>{path} is a folder; give a file name ending in .zip, e.g. {example}</source>
        <translation>{path} es una carpeta; indique un nombre de archivo terminado en .zip, p. ej., {example}</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder (it is made if missing) or a file name ending in .zip</source>
        <translation>{path} es un archivo; indique una carpeta (se crea si no existe) o un nombre de archivo terminado en .zip</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is not a folder</source>
        <translation>no se puede escribir {path}: {folder} no es una carpeta</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>LabServiceWords</name>
    <message>
        <source>now {result}</source>
        <translation>ahora es {result}</translation>
    </message>
</context>
<context>
    <name>MedicineServiceWords</name>
    <message>
        <source>{medicine} is already marked stopped on {day}; edit it to change the date</source>
        <translation>{medicine}: ya consta que lo dejó el {day}; modifique el medicamento para cambiar la fecha</translation>
    </message>
</context>
<context>
    <name>MoodServiceWords</name>
    <message>
        <source>{day} is a later day than today; a questionnaire is answered on a day that has come</source>
        <translation>{day} es un día posterior a hoy; un cuestionario se responde en un día que ya ha llegado</translation>
    </message>
    <message>
        <source>{questionnaire} is on record now, so the earlier one was not put back</source>
        <translation>ahora está registrado {questionnaire}, así que no se ha repuesto el anterior</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>{day} is a later day than today; mark it as discussed once you have talked about it</source>
        <translation>{day} es un día posterior a hoy; márquelo como comentado cuando lo haya hablado</translation>
    </message>
    <message>
        <source>{day} is before {questionnaire}; it was discussed on that day or later</source>
        <translation>{day} es anterior a la fecha del cuestionario ({questionnaire}); se comentó ese día o después</translation>
    </message>
    <message>
        <source>its answers or notes are different</source>
        <translation>sus respuestas o notas son distintas</translation>
    </message>
</context>
<context>
    <name>PhotoServiceWords</name>
    <message>
        <source>{path} cannot be read (permission denied)</source>
        <translation>{path} no se puede leer (permiso denegado)</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>no existe el archivo {path}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>{path} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a photo</source>
        <translation>{path} es una carpeta, no una foto</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, a device or a socket); pick a photo saved as a file</source>
        <translation>{path} no es un archivo normal (es una tubería, un dispositivo o un socket); elija una foto guardada como archivo</translation>
    </message>
    <message>
        <source>{path} is not a {formats} picture; only photos in those formats can be added</source>
        <translation>{path} no es una imagen {formats}; solo se pueden añadir fotos en esos formatos</translation>
    </message>
    <message>
        <source>{path} is too large ({size}); a photo may be up to {limit}</source>
        <translation>{path} es demasiado grande ({size}); una foto puede ocupar hasta {limit}</translation>
    </message>
    <message>
        <source>the photo&apos;s file name {name} is not one the app made</source>
        <translation>el nombre de archivo de la foto {name} no es uno creado por la aplicación</translation>
    </message>
</context>
<context>
    <name>PortableImportWords</name>
    <message>
        <source>{path} is a folder; give the export&apos;s .json or .zip file</source>
        <translation>{path} es una carpeta; indique el archivo .json o .zip de la exportación</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>no existe el archivo {path}</translation>
    </message>
    <message>
        <source>{path} is not a zip file that can be read ({reason})</source>
        <translation>{path} no es un archivo zip que se pueda leer ({reason})</translation>
    </message>
    <message>
        <source>{path} holds no {name} (it is not an isotrack export)</source>
        <translation>{path} no contiene {name} (no es una exportación de isotrack)</translation>
    </message>
    <message>
        <source>photos: {name} is not a {formats} picture</source>
        <translation>photos: {name} no es una imagen {formats}</translation>
    </message>
    <message>
        <source>the photos of {file} are missing: keep the folder {folder} next to the file (expected at {path})</source>
        <translation>faltan las fotos de {file}: deje la carpeta {folder} junto al archivo (se esperaba en {path})</translation>
    </message>
    <message>
        <source>photos: {name} is not in {folder}</source>
        <translation>photos: {name} no está en {folder}</translation>
    </message>
    <message>
        <source>{path} holds no {name} (the file lists it)</source>
        <translation>{path} no contiene {name} (el archivo lo incluye en su lista)</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason})</source>
        <translation>{path} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{name} in {path} cannot be read ({reason})</source>
        <translation>{name} de {path} no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{what} is too large; it may be up to {limit}</source>
        <translation>{what} es demasiado grande; puede ocupar hasta {limit}</translation>
    </message>
    <message>
        <source>could not make a new store in {folder}; try again</source>
        <translation>no se ha podido crear un almacén nuevo en {folder}; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the new store failed SQLite&apos;s check ({problems})</source>
        <translation>el almacén nuevo no ha superado la comprobación de SQLite ({problems})</translation>
    </message>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record}: {problem}</translation>
    </message>
    <message>
        <source>breaks the rule {rule}</source>
        <translation>incumple la regla {rule}</translation>
    </message>
    <message>
        <source>a second course without an end date (only one course can be active)</source>
        <translation>un segundo tratamiento sin fecha de fin (solo puede haber un tratamiento activo)</translation>
    </message>
    <message>
        <source>another record in the file has the same {first} and {second}</source>
        <translation>otro registro del archivo tiene los mismos {first} y {second}</translation>
    </message>
    <message>
        <source>another record in the file has the same {first} and {second} and {third}</source>
        <translation>otro registro del archivo tiene los mismos {first}, {second} y {third}</translation>
    </message>
    <message>
        <source>another record in the file has the same {column}</source>
        <translation>otro registro del archivo tiene el mismo {column}</translation>
    </message>
    <message>
        <source>its {column} must be one of {values}</source>
        <translation>su {column} debe ser uno de estos: {values}</translation>
    </message>
    <message>
        <source>the wait before the confirmation test must be from {low} to {high} days</source>
        <translation>la espera antes de la prueba de confirmación debe ser de {low} a {high} días</translation>
    </message>
    <message>
        <source>the time between monthly tests must be from {low} to {high} days</source>
        <translation>el tiempo entre las pruebas mensuales debe ser de {low} a {high} días</translation>
    </message>
    <message>
        <source>the pick-up window must be from {low} to {high} days</source>
        <translation>el plazo de recogida debe ser de {low} a {high} días</translation>
    </message>
    <message>
        <source>the wait before the after-course test must be from {low} to {high} days</source>
        <translation>la espera antes de la prueba posterior al tratamiento debe ser de {low} a {high} días</translation>
    </message>
    <message>
        <source>{interval} must be from {low} to {high} days</source>
        <translation>{interval} debe ser de {low} a {high} días</translation>
    </message>
    <message>
        <source>the profile&apos;s id must be 1 (a data folder holds one patient)</source>
        <translation>el id del perfil debe ser 1 (una carpeta de datos es de un solo paciente)</translation>
    </message>
    <message>
        <source>a course is planned for 1 to 104 weeks</source>
        <translation>un tratamiento se planifica para entre 1 y 104 semanas</translation>
    </message>
    <message>
        <source>the target must be above 0 and at most 500 mg/kg</source>
        <translation>el objetivo debe ser mayor que 0 y como máximo 500 mg/kg</translation>
    </message>
    <message>
        <source>the reference weight must be from 20 to 300 kg</source>
        <translation>el peso de referencia debe ser de 20 a 300 kg</translation>
    </message>
    <message>
        <source>a course cannot end before it started</source>
        <translation>un tratamiento no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>a dose pattern repeats over 1 to 7 days</source>
        <translation>una pauta de dosis se repite cada 1 a 7 días</translation>
    </message>
    <message>
        <source>an intake must be from 1 to 300 mg</source>
        <translation>una toma debe ser de 1 a 300 mg</translation>
    </message>
    <message>
        <source>an intake&apos;s cycle day must be from 0 to 6</source>
        <translation>el día del ciclo de una toma debe ser de 0 a 6</translation>
    </message>
    <message>
        <source>a taken day needs an amount from 1 to 300 mg; a missed or skipped day has none</source>
        <translation>un día con la dosis tomada necesita una cantidad de 1 a 300 mg; un día con la dosis olvidada u omitida no lleva ninguna</translation>
    </message>
    <message>
        <source>a weight must be from 20 to 300 kg</source>
        <translation>un peso debe ser de 20 a 300 kg</translation>
    </message>
    <message>
        <source>a method cannot stop before it started</source>
        <translation>un método no puede dejarse antes de empezar</translation>
    </message>
    <message>
        <source>the severity must be from 0 (none) to 3 (severe)</source>
        <translation>la intensidad debe ser de 0 (ninguna) a 3 (grave)</translation>
    </message>
    <message>
        <source>a PHQ-2 has 2 answers and a score from 0 to 6, a PHQ-9 has 9 answers and a score from 0 to 27</source>
        <translation>un PHQ-2 tiene 2 respuestas y una puntuación de 0 a 6; un PHQ-9 tiene 9 respuestas y una puntuación de 0 a 27</translation>
    </message>
    <message>
        <source>a lab value cannot be negative</source>
        <translation>un valor de análisis no puede ser negativo</translation>
    </message>
    <message>
        <source>the flag must be H (high), L (low) or empty</source>
        <translation>la marca debe ser H (alto), L (bajo) o estar vacía</translation>
    </message>
    <message>
        <source>the range&apos;s low end is above its high end</source>
        <translation>el extremo inferior del intervalo está por encima del superior</translation>
    </message>
    <message>
        <source>the grade must be from 0 (clear) to 4 (severe)</source>
        <translation>el grado debe ser de 0 (piel limpia) a 4 (grave)</translation>
    </message>
    <message>
        <source>each lesion count must be from 0 to 1000</source>
        <translation>cada recuento de lesiones debe ser de 0 a 1000</translation>
    </message>
    <message>
        <source>an assessment needs the grade or at least one lesion count</source>
        <translation>una evaluación necesita el grado o al menos un recuento de lesiones</translation>
    </message>
    <message>
        <source>a medicine cannot stop before it started</source>
        <translation>un medicamento no puede dejarse antes de empezar</translation>
    </message>
    <message>
        <source>a question marked answered must be marked asked too</source>
        <translation>una pregunta marcada como respondida también debe estar marcada como hecha</translation>
    </message>
    <message>
        <source>records.{table}[{index}] (id {id}): its {column} names a {parent} that is not in the file</source>
        <translation>records.{table}[{index}] (id {id}): su {column} remite a un {parent} que no está en el archivo</translation>
    </message>
</context>
<context>
    <name>PortableRulesWords</name>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record}: {problem}</translation>
    </message>
    <message>
        <source>it starts on {day} is after the day the file was made</source>
        <translation>empieza el {day}, después del día en que se hizo el archivo</translation>
    </message>
    <message>
        <source>it ends on {day} is after the day the file was made</source>
        <translation>termina el {day}, después del día en que se hizo el archivo</translation>
    </message>
    <message>
        <source>the day {day} is after the day the file was made</source>
        <translation>el día {day} es posterior al día en que se hizo el archivo</translation>
    </message>
    <message>
        <source>it was added on {day} is after the day the file was made</source>
        <translation>se añadió el {day}, después del día en que se hizo el archivo</translation>
    </message>
    <message>
        <source>the dose period starts on {day}, before its course started ({start})</source>
        <translation>el periodo de dosis empieza el {day}, antes del inicio de su tratamiento ({start})</translation>
    </message>
    <message>
        <source>the day {day} is before its course started ({start})</source>
        <translation>el día {day} es anterior al inicio de su tratamiento ({start})</translation>
    </message>
    <message>
        <source>the day {day} is after its course ended ({end})</source>
        <translation>el día {day} es posterior al fin de su tratamiento ({end})</translation>
    </message>
    <message>
        <source>the answers &quot;{answers}&quot; are not numbers separated by commas</source>
        <translation>las respuestas «{answers}» no son números separados por comas</translation>
    </message>
    <message>
        <source>the score {score} is not the total of the answers ({total})</source>
        <translation>la puntuación {score} no es el total de las respuestas ({total})</translation>
    </message>
    <message>
        <source>the test is stored as &quot;{stored}&quot;, not &quot;{written}&quot;</source>
        <translation>el análisis se guarda como «{stored}», no como «{written}»</translation>
    </message>
    <message>
        <source>the unit is stored as &quot;{stored}&quot;, not &quot;{written}&quot;</source>
        <translation>la unidad se guarda como «{stored}», no como «{written}»</translation>
    </message>
    <message numerus="yes">
        <source>{record}: an intake is on cycle day {day}, but the cycle is %n days (0 to {last})</source>
        <translation>
            <numerusform>{record}: una toma está en el día del ciclo {day}, pero el ciclo es de %n día (0 a {last})</numerusform>
            <numerusform>{record}: una toma está en el día del ciclo {day}, pero el ciclo es de %n días (0 a {last})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortableServiceWords</name>
    <message>
        <source>your data folder already holds records ({records}); importing replaces them (a backup is taken first)</source>
        <translation>su carpeta de datos ya contiene registros ({records}); al importar se sustituyen (antes se hace una copia de seguridad)</translation>
    </message>
    <message>
        <source>give a file name ending in .json or .zip, e.g. {example}</source>
        <translation>indique un nombre de archivo terminado en .json o .zip, p. ej., {example}</translation>
    </message>
    <message>
        <source>{path} changed after it was checked; import it again to see what it holds now</source>
        <translation>{path} ha cambiado después de comprobarse; vuelva a importarlo para ver lo que contiene ahora</translation>
    </message>
</context>
<context>
    <name>PregnancyServiceWords</name>
    <message>
        <source>there is no rule set called {name}</source>
        <translation>no existen reglas llamadas {name}</translation>
    </message>
    <message>
        <source>your profile says you cannot become pregnant, so pregnancy tests are not recorded; change the profile first if that is not right</source>
        <translation>su perfil indica que no puede quedarse embarazada, así que no se registran pruebas de embarazo; si no es correcto, cambie antes el perfil</translation>
    </message>
    <message>
        <source>your profile does not say yet whether you can become pregnant; answer that first, then record the test</source>
        <translation>su perfil aún no indica si puede quedarse embarazada; responda eso primero y después registre la prueba</translation>
    </message>
    <message>
        <source>what the prescriber said</source>
        <translation>lo que dijo el médico que la receta</translation>
    </message>
    <message>
        <source>write what the prescriber said</source>
        <translation>escriba lo que dijo el médico que la receta</translation>
    </message>
    <message>
        <source>the date of the prescriber&apos;s answer ({day}) is in the future</source>
        <translation>la fecha de la respuesta del médico que la receta ({day}) está en el futuro</translation>
    </message>
    <message>
        <source>{day} is before the test was taken ({taken})</source>
        <translation>{day} es anterior a la fecha de la prueba ({taken})</translation>
    </message>
    <message>
        <source>the checklist date ({day}) is in the future</source>
        <translation>la fecha de la lista de comprobación ({day}) está en el futuro</translation>
    </message>
    <message>
        <source>the prescription cannot be picked up ({day}) before its test was taken ({taken})</source>
        <translation>la receta no se puede recoger ({day}) antes de hacerse su prueba ({taken})</translation>
    </message>
    <message>
        <source>{day} is before the method was started ({start})</source>
        <translation>{day} es anterior al inicio del método ({start})</translation>
    </message>
    <message>
        <source>the test date ({day}) is in the future</source>
        <translation>la fecha de la prueba ({day}) está en el futuro</translation>
    </message>
    <message>
        <source>there is no kind of test called {name}</source>
        <translation>no hay ningún tipo de prueba llamado {name}</translation>
    </message>
    <message>
        <source>there is no result called {name}</source>
        <translation>no hay ningún resultado llamado {name}</translation>
    </message>
    <message>
        <source>there is no setting called {name}</source>
        <translation>no hay ningún lugar de realización llamado {name}</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>there is no contraception method number {number}</source>
        <translation>no hay ningún método anticonceptivo número {number}</translation>
    </message>
    <message>
        <source>this test was changed or removed elsewhere since it was shown; nothing was saved</source>
        <translation>esta prueba se ha cambiado o eliminado en otro lugar desde que se mostró; no se ha guardado nada</translation>
    </message>
    <message>
        <source>this method was changed or removed elsewhere since it was shown; nothing was saved</source>
        <translation>este método se ha cambiado o eliminado en otro lugar desde que se mostró; no se ha guardado nada</translation>
    </message>
    <message>
        <source>there is no pregnancy test number {number}</source>
        <translation>no hay ninguna prueba de embarazo número {number}</translation>
    </message>
    <message>
        <source>there is no contraception role called {name}</source>
        <translation>no hay ningún papel de anticoncepción llamado {name}</translation>
    </message>
    <message>
        <source>there is no contraception method called {name}</source>
        <translation>no hay ningún método anticonceptivo llamado {name}</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>describe the method in your own words</source>
        <translation>describa el método con sus propias palabras</translation>
    </message>
</context>
<context>
    <name>QuestionServiceWords</name>
    <message>
        <source>{question} is already marked asked on {day}</source>
        <translation>{question} ya está marcada como hecha el {day}</translation>
    </message>
</context>
<context>
    <name>RecordRowsWords</name>
    <message>
        <source>it holds something else now</source>
        <translation>ahora contiene otra cosa</translation>
    </message>
    <message>
        <source>there is no assessment with id {id}</source>
        <translation>no hay ninguna evaluación con id {id}</translation>
    </message>
    <message>
        <source>there is no lab result with id {id}</source>
        <translation>no hay ningún resultado de análisis con id {id}</translation>
    </message>
    <message>
        <source>there is no medicine with id {id}</source>
        <translation>no hay ningún medicamento con id {id}</translation>
    </message>
    <message>
        <source>there is no mood questionnaire with id {id}</source>
        <translation>no hay ningún cuestionario del estado de ánimo con id {id}</translation>
    </message>
    <message>
        <source>there is no photo with id {id}</source>
        <translation>no hay ninguna foto con id {id}</translation>
    </message>
    <message>
        <source>there is no question with id {id}</source>
        <translation>no hay ninguna pregunta con id {id}</translation>
    </message>
    <message>
        <source>there is no side-effect report with id {id}</source>
        <translation>no hay ningún registro de efecto secundario con id {id}</translation>
    </message>
    <message>
        <source>{record} was changed elsewhere since it was shown: it has been removed</source>
        <translation>{record}: se ha cambiado en otro lugar desde que se mostró; se ha eliminado</translation>
    </message>
    <message>
        <source>{record} was changed elsewhere since it was shown: {now}</source>
        <translation>{record}: se ha cambiado en otro lugar desde que se mostró; {now}</translation>
    </message>
</context>
<context>
    <name>ReminderServiceWords</name>
    <message>
        <source>snooze until a time on the local clock</source>
        <translation>posponga hasta una hora del reloj local</translation>
    </message>
    <message>
        <source>snooze until a time later than now, not {time}</source>
        <translation>posponga hasta una hora posterior a la actual, no {time}</translation>
    </message>
    <message>
        <source>{what} (not confirmed yet)</source>
        <translation>{what} (aún sin confirmar)</translation>
    </message>
    <message>
        <source>Screening pregnancy test</source>
        <translation>Prueba de embarazo de cribado</translation>
    </message>
    <message>
        <source>Confirmation pregnancy test</source>
        <translation>Prueba de embarazo de confirmación</translation>
    </message>
    <message>
        <source>Monthly pregnancy test</source>
        <translation>Prueba de embarazo mensual</translation>
    </message>
    <message>
        <source>End-of-course pregnancy test</source>
        <translation>Prueba de embarazo de fin de tratamiento</translation>
    </message>
    <message>
        <source>After-course pregnancy test</source>
        <translation>Prueba de embarazo posterior al tratamiento</translation>
    </message>
    <message>
        <source>there is no reminder called {key}</source>
        <translation>no hay ningún recordatorio llamado {key}</translation>
    </message>
</context>
<context>
    <name>SettingsServiceWords</name>
    <message>
        <source>keeping the app in the tray is either on or off</source>
        <translation>seguir en la bandeja del sistema solo puede estar activado o desactivado</translation>
    </message>
</context>
<context>
    <name>SideEffectServiceWords</name>
    <message>
        <source>{key} is one of the app&apos;s symptoms; only the symptoms you added can be left out of the check-in</source>
        <translation>{key} es uno de los síntomas de la aplicación; solo los síntomas que usted añadió se pueden dejar fuera de la revisión de síntomas</translation>
    </message>
    <message>
        <source>the check-in has no answers to save</source>
        <translation>la revisión de síntomas no tiene respuestas que guardar</translation>
    </message>
    <message>
        <source>{day} is later than today; mark it discussed once you have talked to your doctor</source>
        <translation>{day} es posterior a hoy; márquelo como comentado cuando lo haya hablado con su médico</translation>
    </message>
    <message>
        <source>{day} is before the day it was reported ({reported})</source>
        <translation>{day} es anterior al día en que se registró ({reported})</translation>
    </message>
    <message>
        <source>there is another report of {symptom} on {day} by now, so this one was not put back</source>
        <translation>ya hay otro registro de {symptom} el {day}, así que este no se ha repuesto</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the report of {day}</source>
        <translation>el registro del {day}</translation>
    </message>
    <message>
        <source>{report} was changed elsewhere since it was shown: it is on record again</source>
        <translation>{report}: se ha cambiado en otro lugar desde que se mostró; vuelve a estar registrado</translation>
    </message>
</context>
<context>
    <name>StatusServiceWords</name>
    <message>
        <source>{day} is in the future; figures count only what has happened</source>
        <translation>{day} está en el futuro; las cifras solo cuentan lo que ya ha ocurrido</translation>
    </message>
    <message>
        <source>that course is no longer on record</source>
        <translation>ese tratamiento ya no está registrado</translation>
    </message>
</context>
<context>
    <name>SummaryServiceWords</name>
    <message>
        <source>there is no course yet: start one before making a summary</source>
        <translation>aún no hay ningún tratamiento: empiece uno antes de preparar un resumen</translation>
    </message>
    <message>
        <source>the summary would end on {end}, before the course began on {start}: choose days from then on</source>
        <translation>el resumen terminaría el {end}, antes de que empezara el tratamiento el {start}: elija días a partir de entonces</translation>
    </message>
    <message>
        <source>give both the first and the last day of the summary&apos;s period</source>
        <translation>indique el primer y el último día del periodo del resumen</translation>
    </message>
    <message>
        <source>the period&apos;s first day ({first}) is after its last day ({last})</source>
        <translation>el primer día del periodo ({first}) es posterior a su último día ({last})</translation>
    </message>
    <message>
        <source>the period&apos;s last day ({last}) is after today ({today}); a summary covers days that have happened</source>
        <translation>el último día del periodo ({last}) es posterior a hoy ({today}); un resumen abarca días que ya han pasado</translation>
    </message>
</context>
<context>
    <name>WeightServiceWords</name>
    <message>
        <source>no weight is recorded on {day}</source>
        <translation>no hay ningún peso registrado el {day}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} está en el futuro</translation>
    </message>
    <message>
        <source>{day} is before the course started ({start})</source>
        <translation>{day} es anterior al inicio del tratamiento ({start})</translation>
    </message>
</context>
</TS>
