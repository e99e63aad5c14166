<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record answer</source>
        <translation>Registrar respuesta</translation>
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
        <source>What you were told (up to {count} characters)</source>
        <translation>Lo que le dijeron (hasta {count} caracteres)</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>&amp;Fecha de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <source>Edit medicine</source>
        <translation>Modificar medicamento</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The medicine&apos;s or supplement&apos;s name</source>
        <translation>El nombre del medicamento o suplemento</translation>
    </message>
    <message>
        <source>e.g. Vitamin D, ibuprofen</source>
        <translation>p. ej., vitamina D, ibuprofeno</translation>
    </message>
    <message>
        <source>What the label says about it</source>
        <translation>Lo que dice el prospecto al respecto</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Optional, in your words: 1 tablet at night</source>
        <translation>Opcional, con sus palabras: 1 comprimido por la noche</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>Started on date</source>
        <translation>Fecha en que empezó</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Lo dejó el</translation>
    </message>
    <message>
        <source>Stopped on date</source>
        <translation>Fecha en que lo dejó</translation>
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
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>adding {name}</source>
        <translation>añadir {name}</translation>
    </message>
    <message>
        <source>editing {name}</source>
        <translation>modificar {name}</translation>
    </message>
    <message>
        <source>stopping {name}</source>
        <translation>marcar {name} como dejado</translation>
    </message>
    <message>
        <source>removing {name}</source>
        <translation>eliminar {name}</translation>
    </message>
    <message>
        <source>adding {question}</source>
        <translation>añadir {question}</translation>
    </message>
    <message>
        <source>editing {question}</source>
        <translation>modificar {question}</translation>
    </message>
    <message>
        <source>marking {question} asked</source>
        <translation>marcar {question} como hecha</translation>
    </message>
    <message>
        <source>the answer to {question}</source>
        <translation>la respuesta a {question}</translation>
    </message>
    <message>
        <source>removing {question}</source>
        <translation>eliminar {question}</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Medicines and questions</source>
        <translation>Medicamentos y preguntas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The label says</source>
        <translation>Dice el prospecto</translation>
    </message>
    <message>
        <source>Answered {day}</source>
        <translation>Respondida el {day}</translation>
    </message>
    <message>
        <source>Asked {day}</source>
        <translation>Hecha el {day}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Started on {day}</source>
        <translation>Empezó el {day}</translation>
    </message>
    <message>
        <source>Stopped on {day}</source>
        <translation>Lo dejó el {day}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>The label says: {note}</source>
        <translation>Dice el prospecto: {note}</translation>
    </message>
    <message>
        <source>Added {day}</source>
        <translation>Añadida el {day}</translation>
    </message>
    <message>
        <source>Answered {day}: {answer}</source>
        <translation>Respondida el {day}: {answer}</translation>
    </message>
    <message>
        <source>Medicines taken now</source>
        <translation>Medicamentos que toma ahora</translation>
    </message>
    <message>
        <source>Medicines stopped</source>
        <translation>Medicamentos que ha dejado</translation>
    </message>
    <message>
        <source>No other medicine or supplement yet. Add the ones you take: your doctor asks about them at every visit.</source>
        <translation>Aún no hay ningún otro medicamento ni suplemento. Añada los que toma: su médico le pregunta por ellos en cada visita.</translation>
    </message>
    <message>
        <source>No medicines taken now</source>
        <translation>Ningún medicamento que tome ahora</translation>
    </message>
    <message>
        <source>Medicines you stopped taking are listed here.</source>
        <translation>Aquí aparecen los medicamentos que ha dejado de tomar.</translation>
    </message>
    <message>
        <source>No medicines stopped</source>
        <translation>Ningún medicamento dejado</translation>
    </message>
    <message>
        <source>Selected medicine</source>
        <translation>Medicamento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>Añadir medi&amp;camento…</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Ctrl+N on this tab</source>
        <translation>Ctrl+N en esta pestaña</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Modi&amp;ficar…</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Modificar medicamento</translation>
    </message>
    <message>
        <source>Mark &amp;stopped…</source>
        <translation>Marcar como &amp;dejado…</translation>
    </message>
    <message>
        <source>Mark medicine stopped</source>
        <translation>Marcar el medicamento como dejado</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove medicine</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Questions for your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <source>No questions yet. Write them down as they come up, and take the list to your next visit.</source>
        <translation>Aún no hay preguntas. Anótelas según le surjan y lleve la lista a su próxima visita.</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Sin preguntas</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Pregunta seleccionada</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>Añadir &amp;pregunta…</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>M&amp;odificar…</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modificar pregunta</translation>
    </message>
    <message>
        <source>Mark as&amp;ked</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>Mark question asked</source>
        <translation>Marcar la pregunta como hecha</translation>
    </message>
    <message>
        <source>You asked it today</source>
        <translation>La hizo hoy</translation>
    </message>
    <message>
        <source>Record a&amp;nswer…</source>
        <translation>Registrar &amp;respuesta…</translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Elimi&amp;nar…</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Medicines and questions result</source>
        <translation>Resultado de medicamentos y preguntas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Toma ahora</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dejados</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Open questions first</source>
        <translation>Primero las preguntas abiertas</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <source>Questions for your &amp;doctor</source>
        <translation>Pre&amp;guntas para su médico</translation>
    </message>
    <message>
        <source>&amp;Medicines ({count} taken now)</source>
        <translation>&amp;Medicamentos (toma ahora: {count})</translation>
    </message>
    <message>
        <source>Questions for your &amp;doctor ({count} open)</source>
        <translation>Pre&amp;guntas para su médico (abiertas: {count})</translation>
    </message>
    <message>
        <source>Choose a medicine in a list to see it in full.</source>
        <translation>Elija un medicamento de una lista para verlo completo.</translation>
    </message>
    <message>
        <source>Choose a question in the list to see it in full.</source>
        <translation>Elija una pregunta de la lista para verla completa.</translation>
    </message>
    <message>
        <source>Change a&amp;nswer…</source>
        <translation>Cambiar &amp;respuesta…</translation>
    </message>
    <message>
        <source>Added {medicine}.</source>
        <translation>Se ha añadido {medicine}.</translation>
    </message>
    <message>
        <source>Saved {medicine}.</source>
        <translation>Se ha guardado {medicine}.</translation>
    </message>
    <message>
        <source>Marked {medicine} stopped on {day}.</source>
        <translation>{medicine}: marcado como dejado el {day}.</translation>
    </message>
    <message>
        <source>Remove {medicine} from your list? To keep it as one you took before, mark it stopped instead.</source>
        <translation>¿Eliminar {medicine} de su lista? Para conservarlo como uno que tomó antes, márquelo como dejado.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Removed {medicine}.</source>
        <translation>Se ha eliminado {medicine}.</translation>
    </message>
    <message>
        <source>Added {question}.</source>
        <translation>Se ha añadido {question}.</translation>
    </message>
    <message>
        <source>Saved {question}.</source>
        <translation>Se ha guardado {question}.</translation>
    </message>
    <message>
        <source>Marked {question} asked today.</source>
        <translation>{question}: marcada como hecha hoy.</translation>
    </message>
    <message>
        <source>Saved the answer to {question}.</source>
        <translation>Se ha guardado la respuesta a {question}.</translation>
    </message>
    <message>
        <source>Remove {question}?</source>
        <translation>¿Eliminar {question}?</translation>
    </message>
    <message>
        <source>Removed {question}.</source>
        <translation>Se ha eliminado {question}.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Modificar pregunta</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What you want to ask at your next visit (up to {count} characters)</source>
        <translation>Lo que quiere preguntar en su próxima visita (hasta {count} caracteres)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Mark stopped</source>
        <translation>Marcar como dejado</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Lo dejó el</translation>
    </message>
    <message>
        <source>When did you stop taking {medicine}?</source>
        <translation>¿Cuándo dejó de tomar {medicine}?</translation>
    </message>
    <message>
        <source>&amp;Stopped on</source>
        <translation>&amp;Lo dejó el</translation>
    </message>
    <message>
        <source>&amp;Mark stopped</source>
        <translation>&amp;Marcar como dejado</translation>
    </message>
</context>
</TS>
