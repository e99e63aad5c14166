<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ErrorWords</name>
    <message>
        <source>no active course: start one first ({command})</source>
        <translation>no hay ningún tratamiento activo: empiece uno primero ({command})</translation>
    </message>
    <message>
        <source>no course yet: start one first ({command})</source>
        <translation>aún no hay ningún tratamiento: empiece uno primero ({command})</translation>
    </message>
    <message>
        <source>your data file {path} {problem}, so isotrack cannot use it. It has been left exactly as it is. The newest backup is {backup}; restore it to carry on from that copy (entries made after it would need to be entered again). Keep the damaged file: some entries may still be recoverable from it.</source>
        <translation>su archivo de datos {path} {problem}, así que isotrack no puede usarlo. Se ha dejado exactamente como estaba. La copia de seguridad más reciente es {backup}; restáurela para seguir a partir de esa copia (habría que volver a introducir los registros hechos después). Conserve el archivo dañado: quizá aún se puedan recuperar algunos registros de él.</translation>
    </message>
    <message>
        <source>your data file {problem}, so isotrack cannot use it. It has been left exactly as it is. The newest backup is {backup}; restore it to carry on from that copy (entries made after it would need to be entered again). Keep the damaged file: some entries may still be recoverable from it.</source>
        <translation>su archivo de datos {problem}, así que isotrack no puede usarlo. Se ha dejado exactamente como estaba. La copia de seguridad más reciente es {backup}; restáurela para seguir a partir de esa copia (habría que volver a introducir los registros hechos después). Conserve el archivo dañado: quizá aún se puedan recuperar algunos registros de él.</translation>
    </message>
    <message>
        <source>your data file {path} {problem}, so isotrack cannot use it. It has been left exactly as it is. There is no backup of it to go back to. Keep the file, as some entries may still be recoverable from it; to start afresh, move it out of the folder first.</source>
        <translation>su archivo de datos {path} {problem}, así que isotrack no puede usarlo. Se ha dejado exactamente como estaba. No hay ninguna copia de seguridad a la que volver. Conserve el archivo, ya que quizá aún se puedan recuperar algunos registros de él; para empezar de cero, sáquelo antes de la carpeta.</translation>
    </message>
    <message>
        <source>your data file {problem}, so isotrack cannot use it. It has been left exactly as it is. There is no backup of it to go back to. Keep the file, as some entries may still be recoverable from it; to start afresh, move it out of the folder first.</source>
        <translation>su archivo de datos {problem}, así que isotrack no puede usarlo. Se ha dejado exactamente como estaba. No hay ninguna copia de seguridad a la que volver. Conserve el archivo, ya que quizá aún se puedan recuperar algunos registros de él; para empezar de cero, sáquelo antes de la carpeta.</translation>
    </message>
    <message>
        <source>{path} is not an isotrack database; it has been left untouched. Choose another data folder (--data-dir), or move the file away to start afresh.</source>
        <translation>{path} no es una base de datos de isotrack; no se ha tocado. Elija otra carpeta de datos (--data-dir) o mueva el archivo a otro sitio para empezar de cero.</translation>
    </message>
    <message>
        <source>another program is using your data (locked for more than {seconds} s); nothing was saved, and what you saved before is unchanged. Close the other isotrack window or program and try again.</source>
        <translation>otro programa está usando sus datos (bloqueados durante más de {seconds} s); no se ha guardado nada, y lo que guardó antes sigue igual. Cierre la otra ventana o programa de isotrack e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the disk holding your data is full; nothing was saved, and what you saved before is unchanged. Free some space and try again.</source>
        <translation>el disco donde están sus datos está lleno; no se ha guardado nada, y lo que guardó antes sigue igual. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>your data folder {path} is read-only: you can look at your data but changes cannot be saved; nothing was saved, and what you saved before is unchanged. To make changes, make the folder writable or copy it somewhere you can write to (--data-dir).</source>
        <translation>su carpeta de datos {path} es de solo lectura: puede consultar sus datos, pero no se pueden guardar cambios; no se ha guardado nada, y lo que guardó antes sigue igual. Para hacer cambios, permita escribir en la carpeta o cópiela a un lugar donde pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>your data folder {path} is read-only: you can look at your data but changes cannot be saved. To make changes, make the folder writable or copy it somewhere you can write to (--data-dir).</source>
        <translation>su carpeta de datos {path} es de solo lectura: puede consultar sus datos, pero no se pueden guardar cambios. Para hacer cambios, permita escribir en la carpeta o cópiela a un lugar donde pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>your data folder is read-only: you can look at your data but changes cannot be saved; nothing was saved, and what you saved before is unchanged. To make changes, make the folder writable or copy it somewhere you can write to (--data-dir).</source>
        <translation>su carpeta de datos es de solo lectura: puede consultar sus datos, pero no se pueden guardar cambios; no se ha guardado nada, y lo que guardó antes sigue igual. Para hacer cambios, permita escribir en la carpeta o cópiela a un lugar donde pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>your data folder is read-only: you can look at your data but changes cannot be saved. To make changes, make the folder writable or copy it somewhere you can write to (--data-dir).</source>
        <translation>su carpeta de datos es de solo lectura: puede consultar sus datos, pero no se pueden guardar cambios. Para hacer cambios, permita escribir en la carpeta o cópiela a un lugar donde pueda escribir (--data-dir).</translation>
    </message>
    <message>
        <source>your data file {path} could not be read or written ({detail}); nothing was saved, and what you saved before is unchanged. Check that the disk or folder is still there and working, then try again.</source>
        <translation>no se ha podido leer ni escribir su archivo de datos {path} ({detail}); no se ha guardado nada, y lo que guardó antes sigue igual. Compruebe que el disco o la carpeta siguen ahí y funcionan, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>your data file could not be read or written ({detail}); nothing was saved, and what you saved before is unchanged. Check that the disk or folder is still there and working, then try again.</source>
        <translation>no se ha podido leer ni escribir su archivo de datos ({detail}); no se ha guardado nada, y lo que guardó antes sigue igual. Compruebe que el disco o la carpeta siguen ahí y funcionan, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the data in {path} was written by a newer version of isotrack (schema {revision}); this version cannot read it safely and has left it untouched. Install the newer version to open it.</source>
        <translation>los datos de {path} los escribió una versión más reciente de isotrack (esquema {revision}); esta versión no puede leerlos con seguridad y no los ha tocado. Instale la versión más reciente para abrirlos.</translation>
    </message>
</context>
</TS>
