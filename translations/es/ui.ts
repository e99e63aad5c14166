<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Conflicts</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Sustituirlo</translation>
    </message>
    <message>
        <source>Mark as not logged</source>
        <translation>Marcar como sin registrar</translation>
    </message>
    <message>
        <source>Not saved: {day} keeps what was saved elsewhere ({entry}).</source>
        <translation>No guardado: el {day} conserva lo que se guardó en otro lugar ({entry}).</translation>
    </message>
    <message>
        <source>This day was changed elsewhere: now {entry}. Your changes are still in the form; saving them replaces it once you confirm.</source>
        <translation>Este día se modificó en otro lugar: ahora {entry}. Sus cambios siguen en el formulario; si los guarda, lo sustituyen una vez que usted lo confirme.</translation>
    </message>
    <message>
        <source>{change}. Mark it as not logged anyway?</source>
        <translation>{change}. ¿Marcarlo como sin registrar de todos modos?</translation>
    </message>
    <message>
        <source>{change}. Replace it with what you entered ({entered})?</source>
        <translation>{change}. ¿Sustituirlo por lo que ha introducido ({entered})?</translation>
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
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
</context>
<context>
    <name>CourseController</name>
    <message>
        <source>{change} could not be undone: {reason}.</source>
        <translation>No se pudo deshacer {change}: {reason}.</translation>
    </message>
    <message>
        <source>{change} could not be redone: {reason}.</source>
        <translation>No se pudo rehacer {change}: {reason}.</translation>
    </message>
    <message>
        <source>logging {day}</source>
        <translation>el registro del {day}</translation>
    </message>
    <message>
        <source>clearing {day}</source>
        <translation>el borrado del registro del {day}</translation>
    </message>
    <message numerus="yes">
        <source>filling in %n day(s)</source>
        <translation>
            <numerusform>el registro de %n día como tomado</numerusform>
            <numerusform>el registro de %n días como tomados</numerusform>
        </translation>
    </message>
    <message>
        <source>the dose from {day}</source>
        <translation>la dosis desde el {day}</translation>
    </message>
    <message>
        <source>removing the dose from {day}</source>
        <translation>la eliminación de la dosis desde el {day}</translation>
    </message>
    <message>
        <source>the weight on {day}</source>
        <translation>el peso del {day}</translation>
    </message>
    <message>
        <source>removing the weight on {day}</source>
        <translation>la eliminación del peso del {day}</translation>
    </message>
    <message>
        <source>the course details</source>
        <translation>los detalles del tratamiento</translation>
    </message>
    <message>
        <source>ending the course on {day}</source>
        <translation>la finalización del tratamiento el {day}</translation>
    </message>
    <message>
        <source>reopening the course</source>
        <translation>la reapertura del tratamiento</translation>
    </message>
    <message>
        <source>your details</source>
        <translation>sus datos</translation>
    </message>
</context>
<context>
    <name>CourseMenu</name>
    <message>
        <source>Your course ended on {day}. Edit &gt; Undo reopens it.</source>
        <translation>Su tratamiento finalizó el {day}. Editar &gt; Deshacer lo reabre.</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>your first course</source>
        <translation>su primer tratamiento</translation>
    </message>
    <message>
        <source>your second course</source>
        <translation>su segundo tratamiento</translation>
    </message>
    <message>
        <source>your third course</source>
        <translation>su tercer tratamiento</translation>
    </message>
    <message>
        <source>your fourth course</source>
        <translation>su cuarto tratamiento</translation>
    </message>
    <message>
        <source>your fifth course</source>
        <translation>su quinto tratamiento</translation>
    </message>
    <message>
        <source>your sixth course</source>
        <translation>su sexto tratamiento</translation>
    </message>
    <message>
        <source>your seventh course</source>
        <translation>su séptimo tratamiento</translation>
    </message>
    <message>
        <source>your eighth course</source>
        <translation>su octavo tratamiento</translation>
    </message>
    <message>
        <source>your ninth course</source>
        <translation>su noveno tratamiento</translation>
    </message>
    <message>
        <source>your tenth course</source>
        <translation>su décimo tratamiento</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.º</translation>
    </message>
    <message>
        <source>your {nth} course</source>
        <translation>su {nth} tratamiento</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>To correct an entry, reopen the course (File &gt; Courses…), correct it, then end it again.</source>
        <translation>Para corregir un registro, reabra el tratamiento (Archivo &gt; Tratamientos…), corríjalo y vuelva a finalizarlo.</translation>
    </message>
    <message>
        <source>This course ended on {day}: its entries are shown as recorded. To correct an entry, reopen the course (File &gt; Courses…), correct it, then end it again.</source>
        <translation>Este tratamiento finalizó el {day}: sus registros se muestran tal como se anotaron. Para corregir un registro, reabra el tratamiento (Archivo &gt; Tratamientos…), corríjalo y vuelva a finalizarlo.</translation>
    </message>
</context>
<context>
    <name>DayStates</name>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Partial dose</source>
        <translation>Dosis parcial</translation>
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
        <source>Pause (0 mg)</source>
        <translation>Pausa (0 mg)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Por venir</translation>
    </message>
</context>
<context>
    <name>FaultReporter</name>
    <message>
        <source>isotrack hit a bug. What you had saved before is safe; the last action may not have been saved, so check it before going on. The details are also in the log file.</source>
        <translation>isotrack ha encontrado un error. Lo que había guardado antes está a salvo; es posible que la última acción no se haya guardado, así que compruébela antes de continuar. Los detalles también están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next time you open isotrack.</source>
        <translation>El nuevo idioma se usará a partir de la próxima vez que abra isotrack.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tabulador, Mayúsculas+Tabulador</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>El botón o campo con esa letra</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>The page&apos;s main button</source>
        <translation>El botón principal de la página</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the focused button or tick the focused box</source>
        <translation>Pulsar el botón activo o marcar la casilla activa</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abriendo sus datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Regimen and weight</source>
        <translation>Pauta y peso</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Saved your profile.</source>
        <translation>Se guardó su perfil.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>Calendario no exportado</translation>
    </message>
    <message>
        <source>The calendar was not exported: {reason}.</source>
        <translation>No se exportó el calendario: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to {path}; open that file with your calendar program.</source>
        <translation>
            <numerusform>Se exportó %n evento a {path}; abra ese archivo con su programa de calendario.</numerusform>
            <numerusform>Se exportaron %n eventos a {path}; abra ese archivo con su programa de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data folder is read-only: you can look at your data, but changes cannot be saved.</source>
        <translation>Su carpeta de datos es de solo lectura: puede consultar sus datos, pero no se pueden guardar cambios.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>{title} page</source>
        <translation>Página {title}</translation>
    </message>
    <message>
        <source>&amp;Log today&apos;s dose as taken</source>
        <translation>&amp;Registrar la dosis de hoy como tomada</translation>
    </message>
    <message>
        <source>Course &amp;details…</source>
        <translation>&amp;Detalles del tratamiento…</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Perfil…</translation>
    </message>
    <message>
        <source>&amp;End course…</source>
        <translation>Finali&amp;zar el tratamiento…</translation>
    </message>
    <message>
        <source>Start a &amp;new course…</source>
        <translation>Iniciar un &amp;nuevo tratamiento…</translation>
    </message>
    <message>
        <source>C&amp;ourses…</source>
        <translation>&amp;Tratamientos…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Re&amp;minders…</source>
        <translation>R&amp;ecordatorios…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar el calendario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About isotrack</source>
        <translation>A&amp;cerca de isotrack</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>Producto: {product}</translation>
    </message>
    <message>
        <source>Your data folder: {folder}</source>
        <translation>Su carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>This app does not replace medical advice. Follow your prescriber&apos;s instructions and your medicine&apos;s Medication Guide. Recording a test here does not submit it to iPLEDGE. Data entered by the patient; not verified.</source>
        <translation>Esta aplicación no sustituye el consejo médico. Siga las indicaciones de su médico y la Guía del medicamento. Registrar una prueba aquí no la envía a iPLEDGE. Datos introducidos por el paciente; no verificados.</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Abrir el archivo de registro</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Keeps your isotretinoin course in one place, on this computer only: no account, no network, no telemetry.</source>
        <translation>Reúne su tratamiento con isotretinoína en un solo lugar, solo en este equipo: sin cuenta, sin red, sin telemetría.</translation>
    </message>
    <message>
        <source>About isotrack</source>
        <translation>Acerca de isotrack</translation>
    </message>
</context>
</TS>
