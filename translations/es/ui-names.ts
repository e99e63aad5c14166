<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcneNames</name>
    <message>
        <source>clear</source>
        <translation>sin lesiones</translation>
    </message>
    <message>
        <source>almost clear</source>
        <translation>casi sin lesiones</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>{number} {grade}</source>
        <translation>{number} {grade}</translation>
    </message>
</context>
<context>
    <name>AppointmentNames</name>
    <message>
        <source>Dermatology visit</source>
        <translation>Visita de dermatología</translation>
    </message>
    <message>
        <source>Lab draw</source>
        <translation>Extracción de sangre</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Prueba de embarazo</translation>
    </message>
    <message>
        <source>Prescription pick-up</source>
        <translation>Recogida de la receta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra cita</translation>
    </message>
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
</context>
<context>
    <name>DoseNames</name>
    <message>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
</context>
<context>
    <name>LabNames</name>
    <message>
        <source>Triglycerides</source>
        <translation>Triglicéridos</translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation>Colesterol total</translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation>Colesterol LDL</translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation>Colesterol HDL</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <source>CK</source>
        <translation>CK</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glucosa</translation>
    </message>
    <message>
        <source>Triglycerides (blood fats)</source>
        <translation>Triglicéridos (grasas en la sangre)</translation>
    </message>
    <message>
        <source>ALT (alanine aminotransferase, liver)</source>
        <translation>ALT (alanina aminotransferasa, hígado)</translation>
    </message>
    <message>
        <source>AST (aspartate aminotransferase, liver)</source>
        <translation>AST (aspartato aminotransferasa, hígado)</translation>
    </message>
    <message>
        <source>CK (creatine kinase, muscle)</source>
        <translation>CK (creatina quinasa, músculo)</translation>
    </message>
    <message>
        <source>Glucose (blood sugar)</source>
        <translation>Glucosa (azúcar en la sangre)</translation>
    </message>
</context>
<context>
    <name>MoodNames</name>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation>Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead, or of hurting yourself in some way</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PregnancyNames</name>
    <message>
        <source>US (iPLEDGE)</source>
        <translation>EE. UU. (iPLEDGE)</translation>
    </message>
    <message>
        <source>UK/EU (Pregnancy Prevention Programme)</source>
        <translation>Reino Unido/UE (Programa de Prevención de Embarazo)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizadas</translation>
    </message>
    <message>
        <source>Screening test</source>
        <translation>Prueba de cribado</translation>
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
        <source>End-of-course test</source>
        <translation>Prueba de fin de tratamiento</translation>
    </message>
    <message>
        <source>After-course test</source>
        <translation>Prueba posterior al tratamiento</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Waiting for the result</source>
        <translation>Esperando el resultado</translation>
    </message>
    <message>
        <source>Clinic or lab</source>
        <translation>Consulta o laboratorio</translation>
    </message>
    <message>
        <source>Home test</source>
        <translation>Prueba en casa</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Contraception confirmed</source>
        <translation>Anticoncepción confirmada</translation>
    </message>
    <message>
        <source>Prescription picked up</source>
        <translation>Receta recogida</translation>
    </message>
    <message>
        <source>Copper IUD (coil)</source>
        <translation>DIU de cobre</translation>
    </message>
    <message>
        <source>Hormonal IUD (coil)</source>
        <translation>DIU hormonal</translation>
    </message>
    <message>
        <source>Implant in the arm</source>
        <translation>Implante en el brazo</translation>
    </message>
    <message>
        <source>Tubal sterilisation</source>
        <translation>Ligadura de trompas</translation>
    </message>
    <message>
        <source>Partner&apos;s vasectomy</source>
        <translation>Vasectomía de la pareja</translation>
    </message>
    <message>
        <source>Combined pill</source>
        <translation>Píldora combinada</translation>
    </message>
    <message>
        <source>Skin patch</source>
        <translation>Parche cutáneo</translation>
    </message>
    <message>
        <source>Vaginal ring</source>
        <translation>Anillo vaginal</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Male condom, with or without spermicide</source>
        <translation>Preservativo masculino, con o sin espermicida</translation>
    </message>
    <message>
        <source>Diaphragm with spermicide</source>
        <translation>Diafragma con espermicida</translation>
    </message>
    <message>
        <source>Cervical cap with spermicide</source>
        <translation>Capuchón cervical con espermicida</translation>
    </message>
    <message>
        <source>Vaginal sponge (contains spermicide)</source>
        <translation>Esponja vaginal (contiene espermicida)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Stop taking isotretinoin right away and call your prescriber.</source>
        <translation>Deje de tomar isotretinoína de inmediato y llame al médico que se la receta.</translation>
    </message>
</context>
<context>
    <name>ProductNames</name>
    <message>
        <source>Isotretinoin (generic)</source>
        <translation>Isotretinoína (genérico)</translation>
    </message>
</context>
<context>
    <name>SafetyNames</name>
    <message>
        <source>Stop taking isotretinoin and call your doctor right away.</source>
        <translation>Deje de tomar isotretinoína y llame a su médico de inmediato.</translation>
    </message>
    <message>
        <source>If you are thinking about hurting yourself or ending your life, get help now: in the US call or text 988 (Suicide &amp; Crisis Lifeline); elsewhere call your local emergency number.</source>
        <translation>Si está pensando en hacerse daño o en quitarse la vida, busque ayuda ahora: en EE. UU., llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, «Suicide &amp; Crisis Lifeline»); en otros lugares, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>PHQ-9: answer above 0 to question 9</source>
        <translation>PHQ-9: respuesta por encima de 0 en la pregunta 9</translation>
    </message>
    <message>
        <source>{symptom}, {severity}</source>
        <translation>{symptom}, {severity}</translation>
    </message>
</context>
<context>
    <name>SeverityNames</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>SymptomNames</name>
    <message>
        <source>Dry or chapped lips</source>
        <translation>Labios secos o agrietados</translation>
    </message>
    <message>
        <source>Dry skin</source>
        <translation>Piel seca</translation>
    </message>
    <message>
        <source>Dry, red or irritated eyes, or trouble with contact lenses</source>
        <translation>Ojos secos, rojos o irritados, o molestias con las lentes de contacto</translation>
    </message>
    <message>
        <source>Nosebleeds</source>
        <translation>Sangrado por la nariz</translation>
    </message>
    <message>
        <source>Muscle aches</source>
        <translation>Dolores musculares</translation>
    </message>
    <message>
        <source>Joint pain</source>
        <translation>Dolor en las articulaciones</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Sore or swollen skin around the nails</source>
        <translation>Piel dolorida o hinchada alrededor de las uñas</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Erupción en la piel</translation>
    </message>
    <message>
        <source>Hair thinning</source>
        <translation>Pérdida de densidad del cabello</translation>
    </message>
    <message>
        <source>Trouble seeing at night, or other changes in vision</source>
        <translation>Dificultad para ver de noche u otros cambios en la visión</translation>
    </message>
    <message>
        <source>Burning easily in the sun</source>
        <translation>Quemarse con facilidad al sol</translation>
    </message>
    <message>
        <source>Acne flaring up</source>
        <translation>Empeoramiento del acné</translation>
    </message>
    <message>
        <source>Mood swings, irritability, anger or aggression</source>
        <translation>Cambios de humor, irritabilidad, ira o agresividad</translation>
    </message>
    <message>
        <source>Feeling sad or empty, or losing interest in things</source>
        <translation>Tristeza o sensación de vacío, o pérdida de interés por las cosas</translation>
    </message>
    <message>
        <source>Thoughts of self-harm or suicide</source>
        <translation>Pensamientos de hacerse daño o de suicidio</translation>
    </message>
    <message>
        <source>Bad headache with blurred vision, dizziness, nausea or vomiting</source>
        <translation>Dolor de cabeza fuerte con visión borrosa, mareo, náuseas o vómitos</translation>
    </message>
    <message>
        <source>Changes in sleep or appetite</source>
        <translation>Cambios en el sueño o el apetito</translation>
    </message>
    <message>
        <source>Withdrawing from family and friends</source>
        <translation>Alejarse de la familia y los amigos</translation>
    </message>
    <message>
        <source>Seeing or hearing things that are not there</source>
        <translation>Ver u oír cosas que no existen</translation>
    </message>
    <message>
        <source>Severe stomach or bowel pain</source>
        <translation>Dolor intenso de estómago o de intestino</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Dolor en el pecho</translation>
    </message>
    <message>
        <source>Pain or trouble when swallowing</source>
        <translation>Dolor o dificultad al tragar</translation>
    </message>
    <message>
        <source>Severe or bloody diarrhoea</source>
        <translation>Diarrea intensa o con sangre</translation>
    </message>
    <message>
        <source>Bleeding from the back passage (rectum)</source>
        <translation>Sangrado por el ano (recto)</translation>
    </message>
    <message>
        <source>Yellow skin or eyes</source>
        <translation>Piel u ojos amarillos</translation>
    </message>
    <message>
        <source>Dark urine</source>
        <translation>Orina oscura</translation>
    </message>
    <message>
        <source>Rash with fever, blisters, mouth sores or peeling skin</source>
        <translation>Erupción con fiebre, ampollas, llagas en la boca o piel que se descama</translation>
    </message>
    <message>
        <source>Hives, swelling of the face or throat, or trouble breathing</source>
        <translation>Ronchas, hinchazón de la cara o la garganta, o dificultad para respirar</translation>
    </message>
    <message>
        <source>Ringing in the ears or hearing loss</source>
        <translation>Zumbido en los oídos o pérdida de audición</translation>
    </message>
    <message>
        <source>Muscle weakness</source>
        <translation>Debilidad muscular</translation>
    </message>
    <message>
        <source>Being very thirsty or passing urine very often</source>
        <translation>Tener mucha sed u orinar con mucha frecuencia</translation>
    </message>
</context>
</TS>
