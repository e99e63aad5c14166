<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>MethodDialog</name>
    <message>
        <source>Add a method</source>
        <translation>Añadir un método</translation>
    </message>
    <message>
        <source>Role of the method</source>
        <translation>Función del método</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Method in your own words</source>
        <translation>Método con sus propias palabras</translation>
    </message>
    <message>
        <source>Needed for Other; optional otherwise</source>
        <translation>Necesario para Otro; opcional en los demás casos</translation>
    </message>
    <message>
        <source>Method used since</source>
        <translation>Método usado desde</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>M&amp;ethod</source>
        <translation>Mé&amp;todo</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Si&amp;nce</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>Describe the method</source>
        <translation>Describa el método</translation>
    </message>
    <message>
        <source>Optional: brand or details</source>
        <translation>Opcional: marca o detalles</translation>
    </message>
</context>
<context>
    <name>MethodTableModel</name>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
</context>
<context>
    <name>NextTestSection</name>
    <message>
        <source>No routine test dates are shown until you record what your prescriber said about your positive test.</source>
        <translation>No se muestran fechas de pruebas habituales hasta que registre lo que dijo el médico que la receta sobre su prueba positiva.</translation>
    </message>
    <message>
        <source>No test is due from the dates entered.</source>
        <translation>Según las fechas introducidas, no hay ninguna prueba pendiente.</translation>
    </message>
    <message>
        <source>Next test: {test}, due &lt;b&gt;{day}&lt;/b&gt; ({when}); no test recorded since.</source>
        <translation>Próxima prueba: {test}, prevista el &lt;b&gt;{day}&lt;/b&gt; ({when}); no se ha registrado ninguna prueba desde entonces.</translation>
    </message>
    <message>
        <source>Next test: {test}, due &lt;b&gt;{day}&lt;/b&gt; ({when}).</source>
        <translation>Próxima prueba: {test}, prevista el &lt;b&gt;{day}&lt;/b&gt; ({when}).</translation>
    </message>
    <message>
        <source>Then: {test}, due &lt;b&gt;{day}&lt;/b&gt; ({when}); no test recorded since.</source>
        <translation>Después: {test}, prevista el &lt;b&gt;{day}&lt;/b&gt; ({when}); no se ha registrado ninguna prueba desde entonces.</translation>
    </message>
    <message>
        <source>Then: {test}, due &lt;b&gt;{day}&lt;/b&gt; ({when}).</source>
        <translation>Después: {test}, prevista el &lt;b&gt;{day}&lt;/b&gt; ({when}).</translation>
    </message>
    <message>
        <source>Pick-up window closes &lt;b&gt;{day}&lt;/b&gt; ({when}).</source>
        <translation>El plazo de recogida se cierra el &lt;b&gt;{day}&lt;/b&gt; ({when}).</translation>
    </message>
    <message>
        <source>Pregnancy prevention</source>
        <translation>Prevención del embarazo</translation>
    </message>
    <message>
        <source>Pregnancy prevention on Today</source>
        <translation>Prevención del embarazo en Hoy</translation>
    </message>
    <message>
        <source>Next pregnancy test</source>
        <translation>Próxima prueba de embarazo</translation>
    </message>
    <message>
        <source>Pick-up window</source>
        <translation>Plazo de recogida</translation>
    </message>
    <message>
        <source>Add a &amp;test result…</source>
        <translation>Añadir un resultado de &amp;prueba…</translation>
    </message>
    <message>
        <source>Add a test result</source>
        <translation>Añadir un resultado de prueba</translation>
    </message>
</context>
<context>
    <name>PositiveResultAlert</name>
    <message>
        <source>Positive pregnancy test</source>
        <translation>Prueba de embarazo positiva</translation>
    </message>
    <message>
        <source>Your {test} of {day} is recorded as positive.</source>
        <translation>Su {test} del {day} está registrada como positiva.</translation>
    </message>
    <message>
        <source>This stays at the top of Today until you record what your prescriber said.</source>
        <translation>Esto permanece en la parte superior de Hoy hasta que registre lo que dijo el médico que la receta.</translation>
    </message>
    <message>
        <source>Positive test</source>
        <translation>Prueba positiva</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>&amp;Record what your prescriber said…</source>
        <translation>Registrar &amp;lo que dijo el médico que la receta…</translation>
    </message>
    <message>
        <source>Record what your prescriber said</source>
        <translation>Registrar lo que dijo el médico que la receta</translation>
    </message>
</context>
<context>
    <name>PregnancyController</name>
    <message>
        <source>adding the test of {day}</source>
        <translation>añadir la prueba del {day}</translation>
    </message>
    <message>
        <source>the test of {day}</source>
        <translation>la prueba del {day}</translation>
    </message>
    <message>
        <source>removing the test of {day}</source>
        <translation>eliminar la prueba del {day}</translation>
    </message>
    <message>
        <source>what your prescriber said on {day}</source>
        <translation>lo que dijo el médico que la receta el {day}</translation>
    </message>
    <message>
        <source>ticking {item}</source>
        <translation>marcar {item}</translation>
    </message>
    <message>
        <source>clearing {item}</source>
        <translation>desmarcar {item}</translation>
    </message>
    <message>
        <source>the pregnancy test rules</source>
        <translation>las normas de las pruebas de embarazo</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>su perfil</translation>
    </message>
    <message>
        <source>adding a {role} method from {day}</source>
        <translation>añadir un método {role} desde el {day}</translation>
    </message>
    <message>
        <source>stopping a method on {day}</source>
        <translation>suspender un método el {day}</translation>
    </message>
    <message>
        <source>removing a contraception method</source>
        <translation>eliminar un método anticonceptivo</translation>
    </message>
</context>
<context>
    <name>PregnancyFeature</name>
    <message>
        <source>Pregnancy prevention</source>
        <translation>Prevención del embarazo</translation>
    </message>
</context>
<context>
    <name>PregnancyPage</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Your pregnancy tests, this month&apos;s checklist, the contraception you use and the number of days between tests.</source>
        <translation>Sus pruebas de embarazo, la lista de comprobación de este mes, la anticoncepción que utiliza y el número de días entre pruebas.</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Acerca de esta página</translation>
    </message>
    <message>
        <source>Next test due</source>
        <translation>Próxima prueba pendiente</translation>
    </message>
    <message>
        <source>Pick-up window on the page</source>
        <translation>Plazo de recogida en la página</translation>
    </message>
    <message>
        <source>Positive test on the page</source>
        <translation>Prueba positiva en la página</translation>
    </message>
    <message>
        <source>Record what your prescriber &amp;said…</source>
        <translation>Registrar lo &amp;que dijo el médico que la receta…</translation>
    </message>
    <message>
        <source>Record what your prescriber said about the positive test</source>
        <translation>Registrar lo que dijo el médico que la receta sobre la prueba positiva</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Pregnancy tests</source>
        <translation>Pruebas de embarazo</translation>
    </message>
    <message>
        <source>No test recorded yet. Add each result when you have it: the app counts the days to the next one from it.</source>
        <translation>Aún no hay ninguna prueba registrada. Añada cada resultado cuando lo tenga: la aplicación cuenta a partir de él los días hasta la siguiente.</translation>
    </message>
    <message>
        <source>&amp;Add a test result…</source>
        <translation>Añadir resul&amp;tado…</translation>
    </message>
    <message>
        <source>Add a test result</source>
        <translation>Añadir un resultado de prueba</translation>
    </message>
    <message>
        <source>&amp;Correct selected…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Correct selected test</source>
        <translation>Corregir la prueba seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Remove selected test</source>
        <translation>Eliminar la prueba seleccionada</translation>
    </message>
    <message>
        <source>Prescriber&apos;s ans&amp;wer…</source>
        <translation>&amp;Respuesta del médico…</translation>
    </message>
    <message>
        <source>Record what your prescriber said about the selected test</source>
        <translation>Registrar lo que dijo el médico que la receta sobre la prueba seleccionada</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Checklist month</source>
        <translation>Mes de la lista de comprobación</translation>
    </message>
    <message>
        <source>Pregnancy test done</source>
        <translation>Prueba de embarazo hecha</translation>
    </message>
    <message>
        <source>Test date on the checklist</source>
        <translation>Fecha de la prueba en la lista de comprobación</translation>
    </message>
    <message>
        <source>Comprehension &amp;questions answered</source>
        <translation>&amp;Preguntas de comprensión respondidas</translation>
    </message>
    <message>
        <source>C&amp;ontraception confirmed</source>
        <translation>Anticoncepción con&amp;firmada</translation>
    </message>
    <message>
        <source>Prescription &amp;picked up</source>
        <translation>Receta reco&amp;gida</translation>
    </message>
    <message>
        <source>Ticking records today&apos;s date; clearing removes it</source>
        <translation>Al marcarla se registra la fecha de hoy; al desmarcarla se borra</translation>
    </message>
    <message>
        <source>{item} on</source>
        <translation>{item}: fecha</translation>
    </message>
    <message>
        <source>Checklist result</source>
        <translation>Resultado de la lista de comprobación</translation>
    </message>
    <message>
        <source>This month&apos;s checklist</source>
        <translation>Lista de comprobación de este mes</translation>
    </message>
    <message>
        <source>Contraception methods</source>
        <translation>Métodos anticonceptivos</translation>
    </message>
    <message>
        <source>No method yet. Add each method you use, with the day you started it.</source>
        <translation>Aún no hay ningún método. Añada cada método que utiliza, con el día en que empezó.</translation>
    </message>
    <message>
        <source>Methods in use</source>
        <translation>Métodos en uso</translation>
    </message>
    <message>
        <source>Add a &amp;method…</source>
        <translation>Aña&amp;dir un método…</translation>
    </message>
    <message>
        <source>Add a method</source>
        <translation>Añadir un método</translation>
    </message>
    <message>
        <source>S&amp;top selected…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Stop selected method</source>
        <translation>Suspender el método seleccionado</translation>
    </message>
    <message>
        <source>Remove selected method</source>
        <translation>Eliminar el método seleccionado</translation>
    </message>
    <message>
        <source>Remove selecte&amp;d…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Contraception result</source>
        <translation>Resultado de anticoncepción</translation>
    </message>
    <message>
        <source>Contraception</source>
        <translation>Anticoncepción</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>R&amp;ule set</source>
        <translation>&amp;Normas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>{caption}: what it means</source>
        <translation>{caption}: qué significa</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar normas</translation>
    </message>
    <message>
        <source>Save ru&amp;les</source>
        <translation>Guardar n&amp;ormas</translation>
    </message>
    <message>
        <source>Use the rule set&apos;s &amp;values</source>
        <translation>Usar los &amp;valores de las normas</translation>
    </message>
    <message>
        <source>Use the rule set&apos;s values</source>
        <translation>Usar los valores de las normas</translation>
    </message>
    <message>
        <source>Rules result</source>
        <translation>Resultado de las normas</translation>
    </message>
    <message>
        <source>Days between tests</source>
        <translation>Días entre pruebas</translation>
    </message>
    <message>
        <source>Each number of days starts from your programme&apos;s published rules; change any of them to match what your prescriber tells you. The app only counts the dates: it enforces nothing.</source>
        <translation>Cada número de días parte de las normas publicadas de su programa; cambie cualquiera de ellos para que coincida con lo que le indique el médico que la receta. La aplicación solo cuenta las fechas: no impone nada.</translation>
    </message>
    <message>
        <source>Saved: {test}.</source>
        <translation>Guardado: {test}.</translation>
    </message>
    <message>
        <source>Select a test to correct.</source>
        <translation>Seleccione una prueba para corregirla.</translation>
    </message>
    <message>
        <source>Corrected: {test}.</source>
        <translation>Corregido: {test}.</translation>
    </message>
    <message>
        <source>Select a test to remove.</source>
        <translation>Seleccione una prueba para eliminarla.</translation>
    </message>
    <message>
        <source>Remove test</source>
        <translation>Eliminar prueba</translation>
    </message>
    <message>
        <source>Remove the {test}?</source>
        <translation>¿Eliminar la {test}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removed the {test}.</source>
        <translation>Se ha eliminado la {test}.</translation>
    </message>
    <message>
        <source>Select a positive test first.</source>
        <translation>Seleccione primero una prueba positiva.</translation>
    </message>
    <message>
        <source>Saved what your prescriber said about the test of {day}.</source>
        <translation>Guardado lo que dijo el médico que la receta sobre la prueba del {day}.</translation>
    </message>
    <message>
        <source>Record this month&apos;s test first.</source>
        <translation>Registre primero la prueba de este mes.</translation>
    </message>
    <message>
        <source>Ticked: {item} on {day}.</source>
        <translation>Marcado: {item} el {day}.</translation>
    </message>
    <message>
        <source>Cleared: {item}.</source>
        <translation>Desmarcado: {item}.</translation>
    </message>
    <message>
        <source>Saved: {method} ({role}) since {day}.</source>
        <translation>Guardado: {method} ({role}) desde el {day}.</translation>
    </message>
    <message>
        <source>Select a method to stop.</source>
        <translation>Seleccione un método para suspenderlo.</translation>
    </message>
    <message>
        <source>{method} already stopped on {day}.</source>
        <translation>{method} ya se suspendió el {day}.</translation>
    </message>
    <message>
        <source>Stopped: {method} on {day}.</source>
        <translation>Suspendido: {method} el {day}.</translation>
    </message>
    <message>
        <source>Select a method to remove.</source>
        <translation>Seleccione un método para eliminarlo.</translation>
    </message>
    <message>
        <source>Remove method</source>
        <translation>Eliminar método</translation>
    </message>
    <message>
        <source>Remove {method} (since {day}) from the list?</source>
        <translation>¿Eliminar {method} (desde el {day}) de la lista?</translation>
    </message>
    <message>
        <source>Removed: {method}.</source>
        <translation>Eliminado: {method}.</translation>
    </message>
    <message>
        <source>Nothing to change: these are the rules in use.</source>
        <translation>Nada que cambiar: estas son las normas en uso.</translation>
    </message>
    <message>
        <source>Saved: {rules} rules.</source>
        <translation>Guardado: normas {rules}.</translation>
    </message>
    <message>
        <source>The checklist starts with this month&apos;s test: record it to tick the rest.</source>
        <translation>La lista de comprobación empieza con la prueba de este mes: regístrela para marcar el resto.</translation>
    </message>
    <message>
        <source>For the {test} of {day} ({result}).</source>
        <translation>Para la {test} del {day} ({result}).</translation>
    </message>
    <message>
        <source>{test} of {day}, {result}</source>
        <translation>{test} del {day}, {result}</translation>
    </message>
    <message>
        <source>No method recorded as in use today.</source>
        <translation>Ningún método registrado como en uso hoy.</translation>
    </message>
    <message>
        <source>In use today: {methods}.</source>
        <translation>En uso hoy: {methods}.</translation>
    </message>
</context>
<context>
    <name>PregnancyWording</name>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Confirmation test</source>
        <translation>Prueba de confirmación</translation>
    </message>
    <message>
        <source>Monthly test</source>
        <translation>Prueba mensual</translation>
    </message>
    <message>
        <source>Pick-up window</source>
        <translation>Plazo de recogida</translation>
    </message>
    <message>
        <source>Test after the course</source>
        <translation>Prueba tras el tratamiento</translation>
    </message>
    <message>
        <source>Recording a test here does not submit it to iPLEDGE.</source>
        <translation>Registrar una prueba aquí no la envía a iPLEDGE.</translation>
    </message>
    <message>
        <source>The Medication Guide says: {instruction}</source>
        <translation>La Guía del medicamento dice: {instruction}</translation>
    </message>
    <message>
        <source>No separate confirmation test before starting.</source>
        <translation>Sin prueba de confirmación aparte antes de empezar.</translation>
    </message>
    <message numerus="yes">
        <source>Before starting, a second test at least %n day(s) after the screening test.</source>
        <translation>
            <numerusform>Antes de empezar, una segunda prueba al menos %n día después de la prueba de cribado.</numerusform>
            <numerusform>Antes de empezar, una segunda prueba al menos %n días después de la prueba de cribado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>During the course, a test is due %n day(s) after the last test.</source>
        <translation>
            <numerusform>Durante el tratamiento, corresponde una prueba %n día después de la última prueba.</numerusform>
            <numerusform>Durante el tratamiento, corresponde una prueba %n días después de la última prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>After a negative test, the prescription can be picked up on the test day only.</source>
        <translation>Tras una prueba negativa, la receta solo puede recogerse el mismo día de la prueba.</translation>
    </message>
    <message numerus="yes">
        <source>After a negative test, the prescription can be picked up for {days} days, counting the test day as day 1: the window closes %n day(s) after the test.</source>
        <translation>
            <numerusform>Tras una prueba negativa, la receta puede recogerse durante {days} días, contando el día de la prueba como día 1: el plazo se cierra %n día después de la prueba.</numerusform>
            <numerusform>Tras una prueba negativa, la receta puede recogerse durante {days} días, contando el día de la prueba como día 1: el plazo se cierra %n días después de la prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test after the course besides the end-of-course test.</source>
        <translation>Ninguna prueba tras el tratamiento aparte de la prueba de fin de tratamiento.</translation>
    </message>
    <message numerus="yes">
        <source>A test %n day(s) after the last day of the course.</source>
        <translation>
            <numerusform>Una prueba %n día después del último día del tratamiento.</numerusform>
            <numerusform>Una prueba %n días después del último día del tratamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>What your prescriber said</source>
        <translation>Lo que dijo el médico que la receta</translation>
    </message>
    <message>
        <source>Date your prescriber said it</source>
        <translation>Fecha en que lo dijo el médico que la receta</translation>
    </message>
    <message>
        <source>Your test of {day} is recorded as positive. Write down what your prescriber said, in your own words.</source>
        <translation>Su prueba del {day} está registrada como positiva. Escriba lo que dijo el médico que la receta, con sus propias palabras.</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>&amp;Lo que dijo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>write what your prescriber said</source>
        <translation>escriba lo que dijo el médico que la receta</translation>
    </message>
</context>
<context>
    <name>StopMethodDialog</name>
    <message>
        <source>Stop a method</source>
        <translation>Suspender un método</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Suspendido el</translation>
    </message>
    <message>
        <source>{method}, in use since {day}. When did it stop?</source>
        <translation>{method}, en uso desde el {day}. ¿Cuándo lo suspendió?</translation>
    </message>
    <message>
        <source>&amp;Stopped on</source>
        <translation>&amp;Suspendido el</translation>
    </message>
</context>
<context>
    <name>TestDialog</name>
    <message>
        <source>Add a test result</source>
        <translation>Añadir un resultado de prueba</translation>
    </message>
    <message>
        <source>Correct a test result</source>
        <translation>Corregir un resultado de prueba</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha de la prueba</translation>
    </message>
    <message>
        <source>The day the specimen was taken</source>
        <translation>El día en que se tomó la muestra</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Tipo de prueba</translation>
    </message>
    <message>
        <source>Where the test was done</source>
        <translation>Dónde se hizo la prueba</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>&amp;Negativo</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>&amp;Positivo</translation>
    </message>
    <message>
        <source>&amp;Waiting for the result</source>
        <translation>&amp;Esperando el resultado</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Resultado: {result}</translation>
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
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Wh&amp;ere</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>choose the result: negative, positive or waiting</source>
        <translation>elija el resultado: negativo, positivo o esperando</translation>
    </message>
</context>
<context>
    <name>TestTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Prescriber said</source>
        <translation>Dijo el médico</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>sin registrar todavía</translation>
    </message>
</context>
<context>
    <name>_SubmitDialog</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save ({what})</source>
        <translation>Guardar ({what})</translation>
    </message>
    <message>
        <source>Please check: {problem}.</source>
        <translation>Compruebe: {problem}.</translation>
    </message>
</context>
</TS>
