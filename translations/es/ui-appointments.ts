<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Edit appointment</source>
        <translation>Modificar cita</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Kind of appointment</source>
        <translation>Tipo de cita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Optional: the kind is used if empty</source>
        <translation>Opcional: si se deja vacío, se usa el tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
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
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
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
        <source>It stays tentative: this changes its details only.</source>
        <translation>Sigue propuesta: esto solo cambia sus datos.</translation>
    </message>
    <message>
        <source>It stays done: this changes its details only.</source>
        <translation>Sigue realizada: esto solo cambia sus datos.</translation>
    </message>
    <message>
        <source>It stays cancelled: this changes its details only.</source>
        <translation>Sigue cancelada: esto solo cambia sus datos.</translation>
    </message>
    <message>
        <source>Optional; shown as “{kind}” if empty</source>
        <translation>Opcional; si se deja vacío, se muestra «{kind}»</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>AppointmentWording</name>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>not marked done</source>
        <translation>sin marcar como realizada</translation>
    </message>
    <message>
        <source>the dermatology visit</source>
        <translation>la visita de dermatología</translation>
    </message>
    <message>
        <source>the proposed dermatology visit</source>
        <translation>la visita de dermatología propuesta</translation>
    </message>
    <message>
        <source>the lab draw</source>
        <translation>la extracción de sangre</translation>
    </message>
    <message>
        <source>the proposed lab draw</source>
        <translation>la extracción de sangre propuesta</translation>
    </message>
    <message>
        <source>the pregnancy test</source>
        <translation>la prueba de embarazo</translation>
    </message>
    <message>
        <source>the proposed pregnancy test</source>
        <translation>la prueba de embarazo propuesta</translation>
    </message>
    <message>
        <source>the prescription pick-up</source>
        <translation>la recogida de la receta</translation>
    </message>
    <message>
        <source>the proposed prescription pick-up</source>
        <translation>la recogida de la receta propuesta</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>la otra cita</translation>
    </message>
    <message>
        <source>the proposed other</source>
        <translation>la otra cita propuesta</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>la cita «{title}»</translation>
    </message>
    <message>
        <source>{appointment} on {day}</source>
        <translation>{appointment} del {day}</translation>
    </message>
    <message>
        <source>{appointment} on {when}</source>
        <translation>{appointment} del {when}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lugar: {place}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
</context>
<context>
    <name>AppointmentsController</name>
    <message>
        <source>adding {appointment}</source>
        <translation>añadir {appointment}</translation>
    </message>
    <message>
        <source>editing {appointment}</source>
        <translation>modificar {appointment}</translation>
    </message>
    <message>
        <source>moving {appointment}</source>
        <translation>mover {appointment}</translation>
    </message>
    <message>
        <source>confirming {appointment}</source>
        <translation>confirmar {appointment}</translation>
    </message>
    <message>
        <source>cancelling {appointment}</source>
        <translation>cancelar {appointment}</translation>
    </message>
    <message>
        <source>marking {appointment} done</source>
        <translation>marcar como realizada {appointment}</translation>
    </message>
    <message>
        <source>dropping {appointment}</source>
        <translation>descartar {appointment}</translation>
    </message>
    <message>
        <source>removing {appointment}</source>
        <translation>eliminar {appointment}</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n propuesta</numerusform>
            <numerusform>%n propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planning %n follow-up visit(s) (replacing {proposals})</source>
        <translation>
            <numerusform>planificar %n visita de seguimiento (en sustitución de {proposals})</numerusform>
            <numerusform>planificar %n visitas de seguimiento (en sustitución de {proposals})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planning %n follow-up visit(s)</source>
        <translation>
            <numerusform>planificar %n visita de seguimiento</numerusform>
            <numerusform>planificar %n visitas de seguimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>the appointment was removed elsewhere</source>
        <translation>la cita se eliminó desde otro lugar</translation>
    </message>
</context>
<context>
    <name>AppointmentsView</name>
    <message>
        <source>Appointments calendar</source>
        <translation>Calendario de citas</translation>
    </message>
    <message>
        <source>● planned
○ proposed
▬ done, cancelled or past
▢ today</source>
        <translation>● programada
○ propuesta
▬ realizada, cancelada o pasada
▢ hoy</translation>
    </message>
    <message>
        <source>What the calendar&apos;s marks mean</source>
        <translation>Qué significan las marcas del calendario</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation>Aña&amp;dir cita…</translation>
    </message>
    <message>
        <source>Add appointment</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Ctrl+N on this page</source>
        <translation>Ctrl+N en esta página</translation>
    </message>
    <message>
        <source>&amp;Plan follow-ups…</source>
        <translation>&amp;Planificar seguimiento…</translation>
    </message>
    <message>
        <source>Plan follow-ups</source>
        <translation>Planificar seguimiento</translation>
    </message>
    <message>
        <source>Propose visits every so many days up to the planned end of your course</source>
        <translation>Proponer visitas cada cierto número de días hasta el final previsto de su tratamiento</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Citas pasadas</translation>
    </message>
    <message>
        <source>Nothing planned yet: add an appointment, or plan follow-ups.</source>
        <translation>Aún no hay nada programado: añada una cita o planifique el seguimiento.</translation>
    </message>
    <message>
        <source>No upcoming appointments</source>
        <translation>Sin próximas citas</translation>
    </message>
    <message>
        <source>Nothing here yet: appointments move here once their time has come.</source>
        <translation>Aún no hay nada aquí: las citas pasan aquí cuando llega su hora.</translation>
    </message>
    <message>
        <source>No past appointments</source>
        <translation>Sin citas pasadas</translation>
    </message>
    <message>
        <source>Selected appointment</source>
        <translation>Cita seleccionada</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Modificar cita</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>Mo&amp;ver…</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>Confirm proposed appointment</source>
        <translation>Confirmar cita propuesta</translation>
    </message>
    <message>
        <source>Mark do&amp;ne…</source>
        <translation>Marcar como &amp;realizada…</translation>
    </message>
    <message>
        <source>Mark appointment done</source>
        <translation>Marcar cita como realizada</translation>
    </message>
    <message>
        <source>&amp;Cancel appointment…</source>
        <translation>&amp;Cancelar cita…</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar cita</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <source>Appointments result</source>
        <translation>Resultado de las citas</translation>
    </message>
    <message>
        <source>Add appointment…</source>
        <translation>Añadir cita…</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <source>Follow-ups are planned over an active course</source>
        <translation>El seguimiento se planifica sobre un tratamiento en curso</translation>
    </message>
    <message>
        <source>No appointment on {day}. Choose a day in the calendar or an appointment in a list.</source>
        <translation>No hay ninguna cita el {day}. Elija un día en el calendario o una cita en una lista.</translation>
    </message>
    <message>
        <source>Cha&amp;nge outcome…</source>
        <translation>Cambiar &amp;resultado…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Descar&amp;tar…</translation>
    </message>
    <message>
        <source>Added {appointment}.</source>
        <translation>Se ha añadido {appointment}.</translation>
    </message>
    <message>
        <source>Saved {appointment}.</source>
        <translation>Se ha guardado {appointment}.</translation>
    </message>
    <message>
        <source>Moved {appointment} (was {when}).</source>
        <translation>Se ha movido {appointment} (antes: {when}).</translation>
    </message>
    <message>
        <source>Confirmed {appointment}.</source>
        <translation>Se ha confirmado {appointment}.</translation>
    </message>
    <message>
        <source>Saved the outcome of {appointment}.</source>
        <translation>Se ha guardado el resultado de {appointment}.</translation>
    </message>
    <message>
        <source>Marked {appointment} done.</source>
        <translation>Se ha marcado como realizada {appointment}.</translation>
    </message>
    <message>
        <source>Cancel {appointment}? It stays in the past list, marked cancelled.</source>
        <translation>¿Cancelar {appointment}? Seguirá en la lista de pasadas, marcada como cancelada.</translation>
    </message>
    <message>
        <source>Mark as cancelled</source>
        <translation>Marcar como cancelada</translation>
    </message>
    <message>
        <source>Cancelled {appointment}.</source>
        <translation>Se ha cancelado {appointment}.</translation>
    </message>
    <message>
        <source>Drop proposal</source>
        <translation>Descartar propuesta</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop {appointment}?</source>
        <translation>¿Descartar {appointment}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove {appointment}? It is deleted, not kept as cancelled.</source>
        <translation>¿Eliminar {appointment}? Se borra; no se guarda como cancelada.</translation>
    </message>
    <message>
        <source>Dropped {appointment}.</source>
        <translation>Se ha descartado {appointment}.</translation>
    </message>
    <message>
        <source>Removed {appointment}.</source>
        <translation>Se ha eliminado {appointment}.</translation>
    </message>
    <message>
        <source>Not available: {reason}.</source>
        <translation>No disponible: {reason}.</translation>
    </message>
    <message>
        <source>No visit was proposed: there was none left to plan.</source>
        <translation>No se ha propuesto ninguna visita: no quedaba ninguna por planificar.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n propuesta anterior</numerusform>
            <numerusform>%n propuestas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n earlier proposal(s): the new plan has no visit.</source>
        <translation>
            <numerusform>Se ha descartado %n propuesta anterior: el nuevo plan no tiene ninguna visita.</numerusform>
            <numerusform>Se han descartado %n propuestas anteriores: el nuevo plan no tiene ninguna visita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed a follow-up visit on {first}, replacing {earlier}: confirm, move or drop it.</source>
        <translation>Se ha propuesto una visita de seguimiento el {first}, en sustitución de {earlier}: confírmela, muévala o descártela.</translation>
    </message>
    <message>
        <source>Proposed a follow-up visit on {first}: confirm, move or drop it.</source>
        <translation>Se ha propuesto una visita de seguimiento el {first}: confírmela, muévala o descártela.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n follow-up visit(s), {first} to {last}, replacing {earlier}: confirm, move or drop each one.</source>
        <translation>
            <numerusform>Se ha propuesto %n visita de seguimiento, del {first} al {last}, en sustitución de {earlier}: confirme, mueva o descarte cada una.</numerusform>
            <numerusform>Se han propuesto %n visitas de seguimiento, del {first} al {last}, en sustitución de {earlier}: confirme, mueva o descarte cada una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n follow-up visit(s), {first} to {last}: confirm, move or drop each one.</source>
        <translation>
            <numerusform>Se ha propuesto %n visita de seguimiento, del {first} al {last}: confirme, mueva o descarte cada una.</numerusform>
            <numerusform>Se han propuesto %n visitas de seguimiento, del {first} al {last}: confirme, mueva o descarte cada una.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>What came of {appointment}:</source>
        <translation>Resultado de {appointment}:</translation>
    </message>
    <message>
        <source>{appointment} took place. What came of it?</source>
        <translation>{appointment} tuvo lugar. ¿Qué resultado tuvo?</translation>
    </message>
    <message>
        <source>Optional, e.g. what was decided; up to {count} characters</source>
        <translation>Opcional, p. ej. qué se decidió; hasta {count} caracteres</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como realizada</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <source>Plan follow-ups</source>
        <translation>Planificar seguimiento</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Cada cuántos días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>What will be proposed</source>
        <translation>Qué se propondrá</translation>
    </message>
    <message>
        <source>Visits that will be proposed</source>
        <translation>Visitas que se propondrán</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>Ca&amp;da</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Propose these visits</source>
        <translation>&amp;Proponer estas visitas</translation>
    </message>
    <message>
        <source>Dermatology visits from the start of your course ({start}) to its planned end ({end}), every so many days, as your prescriber arranges them. Times already past and days that already have a visit are left out. Each one is a proposal until you confirm it; a new plan replaces the proposals still to come, and keeps the visits you confirmed.</source>
        <translation>Visitas de dermatología desde el inicio de su tratamiento ({start}) hasta su final previsto ({end}), cada cierto número de días, según las organice el médico que le receta la isotretinoína. Se omiten las horas ya pasadas y los días que ya tienen una visita. Cada una es una propuesta hasta que la confirme; un plan nuevo sustituye a las propuestas aún por llegar y mantiene las visitas que haya confirmado.</translation>
    </message>
    <message>
        <source>About follow-ups</source>
        <translation>Acerca del seguimiento</translation>
    </message>
    <message>
        <source>Nothing can be planned: {reason}.</source>
        <translation>No se puede planificar nada: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier proposal(s)</source>
        <translation>
            <numerusform>%n propuesta anterior</numerusform>
            <numerusform>%n propuestas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) will be proposed, replacing {earlier}:</source>
        <translation>
            <numerusform>Se propondrá %n visita, en sustitución de {earlier}:</numerusform>
            <numerusform>Se propondrán %n visitas, en sustitución de {earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) will be proposed:</source>
        <translation>
            <numerusform>Se propondrá %n visita:</numerusform>
            <numerusform>Se propondrán %n visitas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No visit to propose: saving drops %n earlier proposal(s) still to come.</source>
        <translation>
            <numerusform>Ninguna visita que proponer: al guardar se descarta %n propuesta anterior aún por llegar.</numerusform>
            <numerusform>Ninguna visita que proponer: al guardar se descartan %n propuestas anteriores aún por llegar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit to propose: every one of these days has passed or already has a visit.</source>
        <translation>Ninguna visita que proponer: todos estos días ya han pasado o ya tienen una visita.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move appointment</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nueva hora</translation>
    </message>
    <message>
        <source>Move {appointment} to:</source>
        <translation>Mover {appointment} a:</translation>
    </message>
    <message>
        <source>Appointment to move</source>
        <translation>Cita que se va a mover</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Moving a cancelled appointment books it again.</source>
        <translation>Al mover una cita cancelada, se vuelve a programar.</translation>
    </message>
    <message>
        <source>It stays proposed until you confirm it.</source>
        <translation>Sigue propuesta hasta que la confirme.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
</context>
<context>
    <name>NextAppointmentBox</name>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Next appointment details</source>
        <translation>Detalles de la próxima cita</translation>
    </message>
    <message>
        <source>Open the Appointments page</source>
        <translation>Abrir la página Citas</translation>
    </message>
    <message>
        <source>No appointment planned. Add one on the Appointments page (Ctrl+4).</source>
        <translation>No hay ninguna cita programada. Añada una en la página Citas (Ctrl+4).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} ({soon}): {subject}, at {place}</source>
        <translation>{when} ({soon}): {subject}, en {place}</translation>
    </message>
    <message>
        <source>{when} ({soon}): {subject}</source>
        <translation>{when} ({soon}): {subject}</translation>
    </message>
    <message>
        <source>Proposed: not confirmed yet. Confirm, move or drop it on the Appointments page.</source>
        <translation>Propuesta: aún sin confirmar. Confírmela, muévala o descártela en la página Citas.</translation>
    </message>
</context>
</TS>
