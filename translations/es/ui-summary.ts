<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>FileDialogs</name>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>JSON file, photos in a folder beside it (*.json)</source>
        <translation>Archivo JSON, con las fotos en una carpeta al lado (*.json)</translation>
    </message>
    <message>
        <source>Zip file, photos inside (*.zip)</source>
        <translation>Archivo zip, con las fotos dentro (*.zip)</translation>
    </message>
    <message>
        <source>isotrack export (*.zip *.json)</source>
        <translation>Exportación de isotrack (*.zip *.json)</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} registro</numerusform>
            <numerusform>{count} registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photo(s)</source>
        <translation>
            <numerusform>{count} foto</numerusform>
            <numerusform>{count} fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Importing your data…</source>
        <translation>Importando sus datos…</translation>
    </message>
    <message numerus="yes">
        <source>{count} course(s)</source>
        <translation>
            <numerusform>{count} tratamiento</numerusform>
            <numerusform>{count} tratamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) logged</source>
        <translation>
            <numerusform>{count} día registrado</numerusform>
            <numerusform>{count} días registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} lab result(s)</source>
        <translation>
            <numerusform>{count} resultado de análisis</numerusform>
            <numerusform>{count} resultados de análisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your data ({current}) with the file&apos;s ({file}, exported on {day})? Your current data is backed up first.</source>
        <translation>¿Sustituir sus datos ({current}) por los del archivo ({file}, exportados el {day})? Antes se hace una copia de seguridad de sus datos actuales.</translation>
    </message>
    <message>
        <source>Imported {records} and {photos} from {path}. Your earlier data is kept in the backup {backup}.</source>
        <translation>Se importaron {records} y {photos} de {path}. Sus datos anteriores se guardan en la copia de seguridad {backup}.</translation>
    </message>
    <message>
        <source>Imported {records} and {photos} from {path}.</source>
        <translation>Se importaron {records} y {photos} de {path}.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SummaryActions</name>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Replace all data</source>
        <translation>Sustituir todos los datos</translation>
    </message>
    <message>
        <source>Still working on the last request; try again when it is done.</source>
        <translation>Todavía se está atendiendo la última petición; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>visit-summary-{date}.pdf</source>
        <translation>resumen-consulta-{date}.pdf</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir el resumen…</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>Export summary as P&amp;DF…</source>
        <translation>Exportar el resumen como PD&amp;F…</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>Exportar el resumen como PDF</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Exportar los datos como CS&amp;V…</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exportar los datos como CSV</translation>
    </message>
    <message>
        <source>Export &amp;all data…</source>
        <translation>Exportar t&amp;odos los datos…</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>I&amp;mportar datos…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Making your summary…</source>
        <translation>Preparando su resumen…</translation>
    </message>
    <message>
        <source>Summary not made</source>
        <translation>Resumen no preparado</translation>
    </message>
    <message>
        <source>The summary was not made: {reason}</source>
        <translation>No se preparó el resumen: {reason}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message numerus="yes">
        <source>Saved your summary (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Se guardó su resumen (%n página) en {path}.</numerusform>
            <numerusform>Se guardó su resumen (%n páginas) en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary not exported</source>
        <translation>Resumen no exportado</translation>
    </message>
    <message>
        <source>The summary was not exported: {reason}</source>
        <translation>No se exportó el resumen: {reason}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Print preview: your visit summary</source>
        <translation>Vista previa de impresión: su resumen para la consulta</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} record(s) as CSV files to a zip file: {path}.</source>
        <translation>
            <numerusform>Se exportó {count} registro como archivos CSV a un archivo zip: {path}.</numerusform>
            <numerusform>Se exportaron {count} registros como archivos CSV a un archivo zip: {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} record(s) as CSV files to a folder: {path}.</source>
        <translation>
            <numerusform>Se exportó {count} registro como archivos CSV a una carpeta: {path}.</numerusform>
            <numerusform>Se exportaron {count} registros como archivos CSV a una carpeta: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting your data…</source>
        <translation>Exportando sus datos…</translation>
    </message>
    <message>
        <source>Data not exported</source>
        <translation>Datos no exportados</translation>
    </message>
    <message>
        <source>Your data was not exported: {reason}</source>
        <translation>No se exportaron sus datos: {reason}</translation>
    </message>
    <message>
        <source>Exported all your data ({records}, {photos}) to {path}.</source>
        <translation>Se exportaron todos sus datos ({records}, {photos}) a {path}.</translation>
    </message>
    <message>
        <source>Exporting all your data…</source>
        <translation>Exportando todos sus datos…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nada importado</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>No summary yet</source>
        <translation>Todavía no hay resumen</translation>
    </message>
    <message>
        <source>No summary can be made: {error}.</source>
        <translation>No se puede preparar ningún resumen: {error}.</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <source>Regimen and its changes</source>
        <translation>La pauta y sus cambios</translation>
    </message>
    <message>
        <source>Doses taken, missed and not logged, day by day</source>
        <translation>Dosis tomadas, olvidadas y sin registrar, día a día</translation>
    </message>
    <message>
        <source>Cumulative dose, with its chart</source>
        <translation>Dosis acumulada, con su gráfico</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Resultados de análisis</translation>
    </message>
    <message>
        <source>Pregnancy tests and contraception</source>
        <translation>Pruebas de embarazo y anticoncepción</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Mood check-ins</source>
        <translation>Controles del estado de ánimo</translation>
    </message>
    <message>
        <source>Skin progress</source>
        <translation>Evolución de la piel</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Otros medicamentos</translation>
    </message>
    <message>
        <source>Your questions for the doctor</source>
        <translation>Sus preguntas para el médico</translation>
    </message>
    <message>
        <source>Red flags are always included, at the top of the first page.</source>
        <translation>Las señales de alarma se incluyen siempre, al principio de la primera página.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Include progress &amp;photos</source>
        <translation>Incluir las &amp;fotos de evolución</translation>
    </message>
    <message>
        <source>Include progress photos</source>
        <translation>Incluir las fotos de evolución</translation>
    </message>
    <message>
        <source>Prints your progress photos from the period; they can make the file large.</source>
        <translation>Imprime sus fotos de evolución del periodo; pueden hacer que el archivo sea grande.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>P&amp;aper size:</source>
        <translation>Tamaño del p&amp;apel:</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>No preparado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Since your &amp;last visit ({span})</source>
        <translation>Desde su ú&amp;ltima visita ({span})</translation>
    </message>
    <message>
        <source>Since your last visit</source>
        <translation>Desde su última visita</translation>
    </message>
    <message>
        <source>The &amp;whole course ({span})</source>
        <translation>&amp;Todo el tratamiento ({span})</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>Todo el tratamiento</translation>
    </message>
    <message>
        <source>&amp;These dates:</source>
        <translation>&amp;Estas fechas:</translation>
    </message>
    <message>
        <source>These dates</source>
        <translation>Estas fechas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Red flags are always included</source>
        <translation>Las señales de alarma se incluyen siempre</translation>
    </message>
    <message>
        <source>Not made: the first day ({first}) is after the last day ({last}).</source>
        <translation>No preparado: el primer día ({first}) es posterior al último día ({last}).</translation>
    </message>
</context>
</TS>
