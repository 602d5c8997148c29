<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation><numerusform>%Ln change waiting to sync</numerusform><numerusform>%Ln changes waiting to sync</numerusform></translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation><numerusform>%Ln student</numerusform><numerusform>%Ln students</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message numerus="yes">
        <source>in %Ln section(s)</source>
        <translation><numerusform>in %Ln section</numerusform><numerusform>in %Ln sections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) not taken yet</source>
        <translation><numerusform>%Ln section not taken yet</numerusform><numerusform>%Ln sections not taken yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation><numerusform>%Ln payment</numerusform><numerusform>%Ln payments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation><numerusform>%Ln cancelled</numerusform><numerusform>%Ln cancelled</numerusform></translation>
    </message>
</context>
</TS>