<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertRow</name>
    <message>
        <source>Reported</source>
        <translation>Indicado</translation>
    </message>
    <message>
        <source>Discussed with my doctor…</source>
        <translation>Comentado con mi médico…</translation>
    </message>
    <message>
        <source>Discussed with my doctor: {alert}</source>
        <translation>Comentado con mi médico: {alert}</translation>
    </message>
</context>
<context>
    <name>DiscussedDialog</name>
    <message>
        <source>Discussed with your doctor</source>
        <translation>Comentado con su médico</translation>
    </message>
    <message>
        <source>{what}, reported on {day}.</source>
        <translation>{what}, indicado el {day}.</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Lo indicado</translation>
    </message>
    <message>
        <source>Date you discussed it</source>
        <translation>Fecha en que lo comentó</translation>
    </message>
    <message>
        <source>What your doctor said (optional)</source>
        <translation>Lo que dijo su médico (opcional)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Save (discussed with your doctor)</source>
        <translation>Guardar (comentado con su médico)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discussed on</source>
        <translation>&amp;Fecha en que lo comentó</translation>
    </message>
    <message>
        <source>What your doctor &amp;said (optional)</source>
        <translation>Lo que dijo su &amp;médico (opcional)</translation>
    </message>
    <message>
        <source>Please check: {problem}.</source>
        <translation>Compruebe: {problem}.</translation>
    </message>
    <message>
        <source>marking the PHQ-9 of {day} as discussed</source>
        <translation>marcar como comentado el PHQ-9 del {day}</translation>
    </message>
    <message>
        <source>marking {what} of {day} as discussed</source>
        <translation>marcar como comentado {what} del {day}</translation>
    </message>
    <message>
        <source>Marked as discussed on {on}: {what} ({day}).</source>
        <translation>Marcado como comentado el {on}: {what} ({day}).</translation>
    </message>
</context>
<context>
    <name>RedFlagAlert</name>
    <message>
        <source>Needs your doctor now</source>
        <translation>Requiere a su médico ya</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Each stays here until you mark it as discussed with your doctor.</source>
        <translation>Cada uno permanece aquí hasta que lo marque como comentado con su médico.</translation>
    </message>
    <message>
        <source>Until discussed</source>
        <translation>Hasta comentarlo</translation>
    </message>
</context>
<context>
    <name>SafetyMessages</name>
    <message>
        <source>Help is available now</source>
        <translation>Hay ayuda disponible ahora</translation>
    </message>
    <message>
        <source>Call your doctor now</source>
        <translation>Llame a su médico ahora</translation>
    </message>
    <message>
        <source>You reported: {symptoms}.</source>
        <translation>Ha indicado: {symptoms}.</translation>
    </message>
    <message>
        <source>What you reported needs your doctor now.</source>
        <translation>Lo que ha indicado requiere a su médico ya.</translation>
    </message>
    <message>
        <source>This stays at the top of Today until you mark it as discussed with your doctor.</source>
        <translation>Esto permanece en la parte superior de Hoy hasta que lo marque como comentado con su médico.</translation>
    </message>
</context>
</TS>
