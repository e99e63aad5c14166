<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DuePanel</name>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message>
        <source>Nothing else is due.</source>
        <translation>No hay nada más pendiente.</translation>
    </message>
    <message>
        <source>Nothing else due</source>
        <translation>Nada más pendiente</translation>
    </message>
    <message>
        <source>Reminder result</source>
        <translation>Resultado del recordatorio</translation>
    </message>
    <message>
        <source>{time} has not come yet today; enter when you took it.</source>
        <translation>Hoy aún no son las {time}; indique a qué hora la tomó.</translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation>Pospuesto hasta las {time}.</translation>
    </message>
    <message>
        <source>Snoozed until {day}, {time}.</source>
        <translation>Pospuesto hasta el {day}, a las {time}.</translation>
    </message>
    <message>
        <source>Dismissed. {day} stays not logged: nothing was recorded as taken.</source>
        <translation>Descartado. El {day} sigue sin registrar: no se ha registrado ninguna dosis como tomada.</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Descartado.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as taken at {time}.</source>
        <translation>Guardado: dosis del {day} registrada como tomada a las {time}.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as taken.</source>
        <translation>Guardado: dosis del {day} registrada como tomada.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as missed.</source>
        <translation>Guardado: dosis del {day} registrada como olvidada.</translation>
    </message>
    <message>
        <source>Saved: {day} logged as skipped.</source>
        <translation>Guardado: dosis del {day} registrada como omitida.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow {time}</source>
        <translation>Hasta mañana a las {time}</translation>
    </message>
    <message>
        <source>Log the day after your last dose ({time}).</source>
        <translation>Registre el día después de su última dosis ({time}).</translation>
    </message>
    <message>
        <source>reminded {time}</source>
        <translation>aviso: {time}</translation>
    </message>
    <message>
        <source>reminded {day}, {time}</source>
        <translation>aviso: {day}, {time}</translation>
    </message>
    <message>
        <source>Reminder: {subject}</source>
        <translation>Recordatorio: {subject}</translation>
    </message>
    <message>
        <source>When it reminded: {subject}</source>
        <translation>Cuándo avisó: {subject}</translation>
    </message>
    <message>
        <source>How to log: {subject}</source>
        <translation>Cómo registrar: {subject}</translation>
    </message>
    <message>
        <source>Open the appointment: {subject}</source>
        <translation>Abrir la cita: {subject}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Take it now: {subject}</source>
        <translation>Responder ahora: {subject}</translation>
    </message>
    <message>
        <source>Answer the PHQ-2 now</source>
        <translation>Responder ahora al PHQ-2</translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Pospo&amp;ner</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Dismiss: {subject}</source>
        <translation>Descartar: {subject}</translation>
    </message>
    <message>
        <source>Hide this reminder. Dismissing is not taking the dose: the day stays not logged.</source>
        <translation>Ocultar este recordatorio. Descartarlo no es tomar la dosis: el día sigue sin registrar.</translation>
    </message>
    <message>
        <source>Hide this reminder</source>
        <translation>Ocultar este recordatorio</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada a las</translation>
    </message>
    <message>
        <source>Time taken on {day}</source>
        <translation>Hora de la toma del {day}</translation>
    </message>
    <message>
        <source>Log {day} as taken</source>
        <translation>Registrar la dosis del {day} como tomada</translation>
    </message>
    <message>
        <source>As scheduled, at the time on the left</source>
        <translation>La dosis prevista, a la hora de la izquierda</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Log {day} as missed</source>
        <translation>Registrar la dosis del {day} como olvidada</translation>
    </message>
    <message>
        <source>Forgot the dose</source>
        <translation>Se olvidó la dosis</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Olvidada</translation>
    </message>
    <message>
        <source>Log {day} as skipped</source>
        <translation>Registrar la dosis del {day} como omitida</translation>
    </message>
    <message>
        <source>Left out on purpose</source>
        <translation>No se tomó a propósito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Snooze: {subject}</source>
        <translation>Posponer: {subject}</translation>
    </message>
    <message>
        <source>Remind me later</source>
        <translation>Recordármelo más tarde</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>dismissing the reminder {reminder}</source>
        <translation>descartar el recordatorio {reminder}</translation>
    </message>
    <message>
        <source>snoozing the reminder {reminder}</source>
        <translation>posponer el recordatorio {reminder}</translation>
    </message>
    <message>
        <source>the reminder settings</source>
        <translation>los ajustes de los recordatorios</translation>
    </message>
    <message>
        <source>for {day}</source>
        <translation>del {day}</translation>
    </message>
    <message>
        <source>“{subject}”</source>
        <translation>«{subject}»</translation>
    </message>
</context>
<context>
    <name>ReminderCoordinator</name>
    <message>
        <source>Dose reminder</source>
        <translation>Recordatorio de dosis</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>Recordatorio de cita</translation>
    </message>
    <message>
        <source>Pregnancy test reminder</source>
        <translation>Recordatorio de prueba de embarazo</translation>
    </message>
    <message>
        <source>Prescription pick-up reminder</source>
        <translation>Recordatorio de recogida de la receta</translation>
    </message>
    <message>
        <source>Mood questionnaire reminder</source>
        <translation>Recordatorio del cuestionario de estado de ánimo</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while the app was closed</source>
        <translation>
            <numerusform>%n recordatorio quedó pendiente mientras la aplicación estaba cerrada</numerusform>
            <numerusform>%n recordatorios quedaron pendientes mientras la aplicación estaba cerrada</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) are due</source>
        <translation>
            <numerusform>%n recordatorio pendiente</numerusform>
            <numerusform>%n recordatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>isotrack is still running in the tray, to remind you. Choose Quit in its menu to stop it.</source>
        <translation>isotrack sigue abierto en la bandeja del sistema para avisarle. Para cerrarlo, elija Salir en su menú.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>No se ha podido escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be removed: {reason}.</source>
        <translation>No se ha podido eliminar {file}: {reason}.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>No se ha cambiado el inicio al abrir la sesión</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Not understood yet: {reason}.</source>
        <translation>Aún no se entiende: {reason}.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Recordarme</translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation>Recordatorios activados</translation>
    </message>
    <message>
        <source>Dose times</source>
        <translation>Horas de las dosis</translation>
    </message>
    <message>
        <source>One time for each dose of the day; a reminder stays until you log the day.</source>
        <translation>Una hora para cada dosis del día; el recordatorio sigue ahí hasta que registre el día.</translation>
    </message>
    <message>
        <source>&amp;Add a time</source>
        <translation>Aña&amp;dir una hora</translation>
    </message>
    <message>
        <source>Add a dose time</source>
        <translation>Añadir una hora de dosis</translation>
    </message>
    <message>
        <source>How long before each appointment, separated by commas: 1d = one day, 2h = two hours.</source>
        <translation>Cuánto tiempo antes de cada cita, separado por comas: 1d = un día, 2h = dos horas.</translation>
    </message>
    <message>
        <source>Appointment reminders</source>
        <translation>Recordatorios de citas</translation>
    </message>
    <message>
        <source>e.g. 1d, 2h</source>
        <translation>p. ej. 1d, 2h</translation>
    </message>
    <message>
        <source>A&amp;ppointments, before</source>
        <translation>&amp;Antelación para las citas</translation>
    </message>
    <message>
        <source>Which means</source>
        <translation>Lo que significa</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Seguir en la &amp;bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Seguir en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Start at login, in the tray</source>
        <translation>&amp;Iniciar al abrir la sesión, en la bandeja</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al abrir la sesión</translation>
    </message>
    <message>
        <source>While the window is closed</source>
        <translation>Mientras la ventana está cerrada</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the app stops when its window is closed.</source>
        <translation>Este escritorio no tiene bandeja del sistema: la aplicación se cierra al cerrar su ventana.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sin bandeja del sistema</translation>
    </message>
    <message>
        <source>On this system, add isotrack to your login items yourself (see “Reminders and start at login” in the README).</source>
        <translation>En este sistema, añada usted mismo isotrack a los elementos de inicio de sesión (consulte «Reminders and start at login» en el README).</translation>
    </message>
    <message>
        <source>Start at login elsewhere</source>
        <translation>Inicio al abrir la sesión en otros sistemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No se ha guardado: {reason}.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Open isotrack</source>
        <translation>&amp;Abrir isotrack</translation>
    </message>
    <message>
        <source>&amp;Due now</source>
        <translation>&amp;Pendientes ahora</translation>
    </message>
    <message>
        <source>&amp;Take the PHQ-2 now</source>
        <translation>&amp;Responder ahora al PHQ-2</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Due now ({count})</source>
        <translation>&amp;Pendientes ahora ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{app}: %n due</source>
        <translation>
            <numerusform>{app}: %n pendiente</numerusform>
            <numerusform>{app}: %n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TimeRow</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Dose {number}</source>
        <translation>Dosis {number}</translation>
    </message>
    <message>
        <source>Dose {number} reminder time</source>
        <translation>Hora del recordatorio de la dosis {number}</translation>
    </message>
    <message>
        <source>Remove dose {number} time</source>
        <translation>Quitar la hora de la dosis {number}</translation>
    </message>
</context>
</TS>
