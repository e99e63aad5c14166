<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcneController</name>
    <message>
        <source>adding the assessment of {day}</source>
        <translation>añadir la evaluación del {day}</translation>
    </message>
    <message>
        <source>editing the assessment of {day}</source>
        <translation>modificar la evaluación del {day}</translation>
    </message>
    <message>
        <source>removing the assessment of {day}</source>
        <translation>eliminar la evaluación del {day}</translation>
    </message>
    <message>
        <source>editing the photo of {day}</source>
        <translation>modificar la foto del {day}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin grado</translation>
    </message>
    <message>
        <source>Leave it at “not counted” if you did not count them</source>
        <translation>Déjelo en «sin contar» si no ha contado estas lesiones</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Your own overall view of your skin today</source>
        <translation>Su propia valoración general de su piel hoy</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Modificar evaluación</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Comedones</source>
        <translation>Comedones</translation>
    </message>
    <message>
        <source>Papules and pustules</source>
        <translation>Pápulas y pústulas</translation>
    </message>
    <message>
        <source>Nodules and cysts</source>
        <translation>Nódulos y quistes</translation>
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
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>G&amp;rado</translation>
    </message>
    <message>
        <source>&amp;Comedones (blackheads, whiteheads)</source>
        <translation>Co&amp;medones (puntos negros, puntos blancos)</translation>
    </message>
    <message>
        <source>&amp;Papules and pustules</source>
        <translation>&amp;Pápulas y pústulas</translation>
    </message>
    <message>
        <source>N&amp;odules and cysts</source>
        <translation>&amp;Nódulos y quistes</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Give the grade, the counts you made, or both. Counts are of the whole area you look at each time (for example, your face).</source>
        <translation>Indique el grado, los recuentos que haya hecho o ambos. Los recuentos son de toda la zona que observa cada vez (por ejemplo, la cara).</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>Cómo rellenarlo</translation>
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
    <name>AssessmentModel</name>
    <message>
        <source>{value} (baseline)</source>
        <translation>{value} (valor inicial)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Comedones</source>
        <translation>Comedones</translation>
    </message>
    <message>
        <source>Papules, pustules</source>
        <translation>Pápulas, pústulas</translation>
    </message>
    <message>
        <source>Nodules, cysts</source>
        <translation>Nódulos, quistes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>This picture cannot be shown here (its format is not supported on this computer).</source>
        <translation>Esta imagen no se puede mostrar aquí (su formato no es compatible con este ordenador).</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Photo on the left</source>
        <translation>Foto de la izquierda</translation>
    </message>
    <message>
        <source>Photo on the right</source>
        <translation>Foto de la derecha</translation>
    </message>
    <message>
        <source>Left photo</source>
        <translation>Foto izquierda</translation>
    </message>
    <message>
        <source>Right photo</source>
        <translation>Foto derecha</translation>
    </message>
    <message>
        <source>About the left photo</source>
        <translation>Sobre la foto de la izquierda</translation>
    </message>
    <message>
        <source>About the right photo</source>
        <translation>Sobre la foto de la derecha</translation>
    </message>
    <message>
        <source>Photo of {day}</source>
        <translation>Foto del {day}</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Modificar foto</translation>
    </message>
    <message>
        <source>Day taken</source>
        <translation>Día en que se tomó</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: the side of the face, the light, how you feel</source>
        <translation>Opcional: el lado de la cara, la luz, cómo se siente</translation>
    </message>
    <message>
        <source>&amp;Day taken</source>
        <translation>&amp;Día en que se tomó</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>The app keeps its own private copy of each picture in your data folder; your files stay as they are.

{files}</source>
        <translation>La aplicación guarda su propia copia privada de cada imagen en su carpeta de datos; sus archivos quedan como están.

{files}</translation>
    </message>
    <message>
        <source>Files to add</source>
        <translation>Archivos que se añadirán</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>SkinProgressPage</name>
    <message>
        <source>Skin progress</source>
        <translation>Evolución de la piel</translation>
    </message>
    <message>
        <source>Your own view of your skin: a grade from 0 (clear) to 4 (severe) and lesion counts, with photos to compare over time. The figures are your entries, shown as they are.</source>
        <translation>Su propia valoración de su piel: un grado de 0 (piel limpia) a 4 (grave) y recuentos de lesiones, con fotos para comparar a lo largo del tiempo. Las cifras son sus registros, mostrados tal cual.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Sobre esta página</translation>
    </message>
    <message>
        <source>&amp;Add assessment…</source>
        <translation>Añadir e&amp;valuación…</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>Ctrl+N on this page</source>
        <translation>Ctrl+N en esta página</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mo&amp;dificar…</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Modificar evaluación</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>No assessment yet: add one to see how your skin changes over the course.</source>
        <translation>Aún no hay ninguna evaluación: añada una para ver cómo cambia su piel a lo largo del tratamiento.</translation>
    </message>
    <message>
        <source>No assessments</source>
        <translation>Sin evaluaciones</translation>
    </message>
    <message>
        <source>In brackets: the change from that measure&apos;s baseline, your last assessment holding it in the {days} days up to the course&apos;s first day, else the course&apos;s first one holding it.</source>
        <translation>Entre paréntesis: el cambio desde el valor inicial de esa medida, que es su última evaluación que la incluye en los {days} días previos al primer día del tratamiento o, si no hay ninguna, la primera del tratamiento que la incluye.</translation>
    </message>
    <message>
        <source>What the brackets mean</source>
        <translation>Qué significan los paréntesis</translation>
    </message>
    <message>
        <source>Change since the baseline</source>
        <translation>Cambio desde el valor inicial</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Añadir &amp;fotos…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Pick picture files; the app keeps its own private copies in your data folder</source>
        <translation>Elija archivos de imagen; la aplicación guarda sus propias copias privadas en su carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Compare photos</source>
        <translation>Comparar fotos</translation>
    </message>
    <message>
        <source>Two photos side by side at the same size (select two to start with them)</source>
        <translation>Dos fotos una al lado de la otra, del mismo tamaño (seleccione dos para empezar con ellas)</translation>
    </message>
    <message>
        <source>Edit pho&amp;to…</source>
        <translation>Modificar f&amp;oto…</translation>
    </message>
    <message>
        <source>Edit photo</source>
        <translation>Modificar foto</translation>
    </message>
    <message>
        <source>Remo&amp;ve photo…</source>
        <translation>Eliminar fo&amp;to…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <source>Photo timeline</source>
        <translation>Cronología de fotos</translation>
    </message>
    <message>
        <source>Your photos, oldest first</source>
        <translation>Sus fotos, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>No photos yet. Add photos ({formats}) to see your skin over time; they stay in your data folder.</source>
        <translation>Aún no hay fotos. Añada fotos ({formats}) para ver su piel a lo largo del tiempo; se guardan en su carpeta de datos.</translation>
    </message>
    <message>
        <source>No photos</source>
        <translation>Sin fotos</translation>
    </message>
    <message>
        <source>Skin progress result</source>
        <translation>Resultado de evolución de la piel</translation>
    </message>
    <message>
        <source>Add assessment…</source>
        <translation>Añadir evaluación…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Grade (0 clear to 4 severe)</source>
        <translation>Grado (de 0 piel limpia a 4 grave)</translation>
    </message>
    <message>
        <source>Comedones</source>
        <translation>Comedones</translation>
    </message>
    <message>
        <source>Papules and pustules</source>
        <translation>Pápulas y pústulas</translation>
    </message>
    <message>
        <source>Nodules and cysts</source>
        <translation>Nódulos y quistes</translation>
    </message>
    <message>
        <source>Your grade</source>
        <translation>Su grado</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grado</translation>
    </message>
    <message>
        <source>Grade chart</source>
        <translation>Gráfico del grado</translation>
    </message>
    <message>
        <source>Lesion counts</source>
        <translation>Recuentos de lesiones</translation>
    </message>
    <message>
        <source>lesions</source>
        <translation>lesiones</translation>
    </message>
    <message>
        <source>Lesion counts chart</source>
        <translation>Gráfico de recuentos de lesiones</translation>
    </message>
    <message>
        <source>Photo of {day}</source>
        <translation>Foto del {day}</translation>
    </message>
    <message>
        <source>Added the assessment of {day}.</source>
        <translation>Se ha añadido la evaluación del {day}.</translation>
    </message>
    <message>
        <source>Saved the assessment of {day}.</source>
        <translation>Se ha guardado la evaluación del {day}.</translation>
    </message>
    <message>
        <source>Remove {what}? You can undo this (Ctrl+Z).</source>
        <translation>¿Eliminar {what}? Puede deshacerlo (Ctrl+Z).</translation>
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
        <source>Removed {what}.</source>
        <translation>Se ha eliminado {what}.</translation>
    </message>
    <message>
        <source>Pictures ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s) of {day}.</source>
        <translation>
            <numerusform>Se ha añadido %n foto del {day}.</numerusform>
            <numerusform>Se han añadido %n fotos del {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {reasons}.</source>
        <translation>Sin añadir: {reasons}.</translation>
    </message>
    <message>
        <source>Saved {what}.</source>
        <translation>Se ha guardado {what}.</translation>
    </message>
    <message>
        <source>Remove {what}? The app&apos;s copy is deleted and this cannot be undone. The file you picked, if you still have it, is not touched.</source>
        <translation>¿Eliminar {what}? La copia de la aplicación se borra y esto no se puede deshacer. El archivo que eligió, si aún lo tiene, no se toca.</translation>
    </message>
    <message>
        <source>Removed {what}; this cannot be undone.</source>
        <translation>Se ha eliminado {what}; esto no se puede deshacer.</translation>
    </message>
</context>
</TS>
