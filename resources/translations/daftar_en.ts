<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</source>
        <translation><numerusform>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</numerusform><numerusform>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</numerusform></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation><numerusform>Sending %n change</numerusform><numerusform>Sending %n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {what} (%n line(s)) to {file}.</source>
        <translation><numerusform>Wrote {what} (%n line) to {file}.</numerusform><numerusform>Wrote {what} (%n lines) to {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that were waiting to sync were recovered from it and will be sent at the next sync.</source>
        <translation><numerusform>%n change that were waiting to sync were recovered from it and will be sent at the next sync.</numerusform><numerusform>%n changes that were waiting to sync were recovered from it and will be sent at the next sync.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s): {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused.</source>
        <translation><numerusform>Sent %n change: {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused.</numerusform><numerusform>Sent %n changes: {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s), a full download of what this computer may see.</source>
        <translation><numerusform>Received %n change, a full download of what this computer may see.</numerusform><numerusform>Received %n changes, a full download of what this computer may see.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation><numerusform>Received %n change.</numerusform><numerusform>Received %n changes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) this computer may no longer see.</source>
        <translation><numerusform>Removed %n row this computer may no longer see.</numerusform><numerusform>Removed %n rows this computer may no longer see.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The server had been restored from an older backup: %n change(s) it had lost were sent again.</source>
        <translation><numerusform>The server had been restored from an older backup: %n change it had lost were sent again.</numerusform><numerusform>The server had been restored from an older backup: %n changes it had lost were sent again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Students: {students}, in %n section(s)</source>
        <translation><numerusform>Students: {students}, in %n section</numerusform><numerusform>Students: {students}, in %n sections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marks: {marks}, in %n assessment(s)</source>
        <translation><numerusform>Marks: {marks}, in %n assessment</numerusform><numerusform>Marks: {marks}, in %n assessments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Payments: {payments} ({cancelled} cancelled), %n invoice(s)</source>
        <translation><numerusform>Payments: {payments} ({cancelled} cancelled), %n invoice</numerusform><numerusform>Payments: {payments} ({cancelled} cancelled), %n invoices</numerusform></translation>
    </message>
</context>
<context>
    <name>DamagedFileRecovery</name>
    <message numerus="yes">
        <source>%n change(s) waiting to sync can still be read from the damaged file and will be sent at the next sync.</source>
        <translation><numerusform>%n change waiting to sync can still be read from the damaged file and will be sent at the next sync.</numerusform><numerusform>%n changes waiting to sync can still be read from the damaged file and will be sent at the next sync.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync were recovered from the damaged file.</source>
        <translation><numerusform>%n change waiting to sync were recovered from the damaged file.</numerusform><numerusform>%n changes waiting to sync were recovered from the damaged file.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message numerus="yes">
        <source>%n section(s) not registered yet</source>
        <translation><numerusform>%n section not registered yet</numerusform><numerusform>%n sections not registered yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation><numerusform>%n payment</numerusform><numerusform>%n payments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with marks to enter</source>
        <translation><numerusform>%n class with marks to enter</numerusform><numerusform>%n classes with marks to enter</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changes are still waiting on %n device(s): their numbers may still move.</source>
        <translation><numerusform>Changes are still waiting on %n device: their numbers may still move.</numerusform><numerusform>Changes are still waiting on %n devices: their numbers may still move.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) never synced.</source>
        <translation><numerusform>%n device never synced.</numerusform><numerusform>%n devices never synced.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the Excel export)</source>
        <translation><numerusform>… and %n more (all of them in the Excel export)</numerusform><numerusform>… and %n more (all of them in the Excel export)</numerusform></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>FeeStructuresDialog</name>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation><numerusform>%n student</numerusform><numerusform>%n students</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s), {amount} in all.</source>
        <translation><numerusform>Late fees charged on %n invoice, {amount} in all.</numerusform><numerusform>Late fees charged on %n invoices, {amount} in all.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Concession granted on %n invoice(s), {amount} in all; {skipped} already had it.</source>
        <translation><numerusform>Concession granted on %n invoice, {amount} in all; {skipped} already had it.</numerusform><numerusform>Concession granted on %n invoices, {amount} in all; {skipped} already had it.</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message numerus="yes">
        <source>{name} — changes waiting: %n, the oldest made {when}</source>
        <translation><numerusform>{name} — changes waiting: %n, the oldest made {when}</numerusform><numerusform>{name} — changes waiting: %n, the oldest made {when}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <translation><numerusform>%n item need your attention.</numerusform><numerusform>%n items need your attention.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</source>
        <translation><numerusform>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</numerusform><numerusform>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</numerusform></translation>
    </message>
</context>
<context>
    <name>MarksGridModel</name>
    <message numerus="yes">
        <source>%n mark(s) not entered yet: the result is provisional.</source>
        <translation><numerusform>%n mark not entered yet: the result is provisional.</numerusform><numerusform>%n marks not entered yet: the result is provisional.</numerusform></translation>
    </message>
</context>
<context>
    <name>MarksScreen</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation><numerusform>%n student</numerusform><numerusform>%n students</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation><numerusform>%n assessment</numerusform><numerusform>%n assessments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer (%n mark(s)).</source>
        <translation><numerusform>Saved on this computer (%n mark).</numerusform><numerusform>Saved on this computer (%n marks).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved, shown in red: hover for the reason.</source>
        <translation><numerusform>%n value not saved, shown in red: hover for the reason.</numerusform><numerusform>%n values not saved, shown in red: hover for the reason.</numerusform></translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message numerus="yes">
        <source>Pasted %n mark(s).</source>
        <translation><numerusform>Pasted %n mark.</numerusform><numerusform>Pasted %n marks.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReceiptBatchDialog</name>
    <message numerus="yes">
        <source>%n receipt(s) on {day}.</source>
        <translation><numerusform>%n receipt on {day}.</numerusform><numerusform>%n receipts on {day}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s).</source>
        <translation><numerusform>%n receipt.</numerusform><numerusform>%n receipts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Making %n receipt(s)…</source>
        <translation><numerusform>Making %n receipt…</numerusform><numerusform>Making %n receipts…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved in {file}.</source>
        <translation><numerusform>%n receipt saved in {file}.</numerusform><numerusform>%n receipts saved in {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>%n mark(s) not entered yet.</source>
        <translation><numerusform>%n mark not entered yet.</numerusform><numerusform>%n marks not entered yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <source>%n report card(s) saved to {file}.</source>
        <translation><numerusform>%n report card saved to {file}.</numerusform><numerusform>%n report cards saved to {file}.</numerusform></translation>
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
    <name>Sync</name>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n change waiting to sync</numerusform><numerusform>%n changes waiting to sync</numerusform></translation>
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
<context>
    <name>Welcome</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation><numerusform>about %n second left</numerusform><numerusform>about %n seconds left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation><numerusform>about %n minute left</numerusform><numerusform>about %n minutes left</numerusform></translation>
    </message>
</context>
</TS>