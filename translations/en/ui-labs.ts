<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LabsView</name>
    <message numerus="yes">
        <source>Your lab results as printed on the lab&apos;s report: the value, the lab&apos;s own range and flag, and the change from each test&apos;s baseline: your last result in the %n days up to the course&apos;s first day, else the course&apos;s first result. Lipids and glucose are compared in mg/dL: results reported in mmol/L are converted.</source>
        <translation>
            <numerusform>Your lab results as printed on the lab&apos;s report: the value, the lab&apos;s own range and flag, and the change from each test&apos;s baseline: your last result in the %n day up to the course&apos;s first day, else the course&apos;s first result. Lipids and glucose are compared in mg/dL: results reported in mmol/L are converted.</numerusform>
            <numerusform>Your lab results as printed on the lab&apos;s report: the value, the lab&apos;s own range and flag, and the change from each test&apos;s baseline: your last result in the %n days up to the course&apos;s first day, else the course&apos;s first result. Lipids and glucose are compared in mg/dL: results reported in mmol/L are converted.</numerusform>
        </translation>
    </message>
</context>
</TS>
