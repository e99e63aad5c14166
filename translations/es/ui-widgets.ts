<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FeedbackLine</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo ({name})</source>
        <translation>Deshacer ({name})</translation>
    </message>
    <message>
        <source>Undo this change (Ctrl+Z)</source>
        <translation>Deshacer este cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Deshecho: {change}.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>{name}, in words</source>
        <translation>{name}, en palabras</translation>
    </message>
</context>
<context>
    <name>FoodChoice</name>
    <message>
        <source>Meal: not recorded</source>
        <translation>Comida: sin registrar</translation>
    </message>
    <message>
        <source>With a meal</source>
        <translation>Con comida</translation>
    </message>
    <message>
        <source>Without a meal</source>
        <translation>Sin comida</translation>
    </message>
</context>
<context>
    <name>MgSpinBox</name>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
</context>
<context>
    <name>PageWrites</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{refused}: {reason}.</source>
        <translation>{refused}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Give date of &amp;birth</source>
        <translation>&amp;Indicar la fecha de nacimiento</translation>
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
        <translation>Puede quedar embarazada</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Can you become &amp;pregnant?</source>
        <translation>¿Puede quedar &amp;embarazada?</translation>
    </message>
</context>
<context>
    <name>SubmittingDialog</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>No guardado: {reason}.</translation>
    </message>
</context>
</TS>
