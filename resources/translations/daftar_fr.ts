<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Payment</source>
        <comment>Cheque</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>Bank transfer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>Mobile money</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <comment>Card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <comment>a few seconds left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Welcome</source>
        <comment>about %n second(s) left</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome</source>
        <comment>about %n minute(s) left</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Setup</source>
        <comment>This school file is not signed in to the school&apos;s server. Users, the school&apos;s details and the calendar are decided by the server, so they can only be changed online. Nothing was changed.</comment>
        <extracomment>(title, what to show, sort key or None for the shown text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <comment>You are working offline (Sync → Work Offline). Users, the school&apos;s details and the calendar are decided by the school&apos;s server: switch working offline off to change them. Nothing was changed.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>“{code}” is not a school code. A school code has letters, digits, “-” or “_”, like DEMO.</source>
        <extracomment>A school is open and its main window shown (tests wait on this). Opening a school failed; the person was told (tests wait on this). The unlock window is up (the session locked, or a school with people opened). The demo server answers (its base URL). Seconds between a local write and the sync it triggers (tests shorten it). Extra options for :class:`app.sync.client.ServerClient` (tests shorten the retry back-off). Size of the demo school loaded into the demo server (tests use &quot;small&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar school files (*.daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the password for {username} on this computer. Try again; if it was changed, sign in with the school&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in stopped because of an internal error. The details are in the log file: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so your sign-in is kept only while Daftar is open. After closing Daftar you can still unlock it with your password and work offline, but you will need to sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school&apos;s server could not be started. The details are in the log file: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Unit test 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this assessment counts against others of its category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category weights of the subject are set by the principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subject has no category weights yet: its categories will weigh the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Year &amp; terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic calendar is kept by the school&apos;s server; changes are made online and reach this computer with the next sync. Terms lie inside their year and do not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make It the Current Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Academic Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026–27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is already the current year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year the term belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Term 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in the year&apos;s result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers may enter marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <source>Cancel receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} ({amount}) will be marked CANCELLED and the amount owed again. The payment and its number stay on record; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled? (kept with the receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCloseDialog</name>
    <message>
        <source>Close the cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in your drawer. Once closed, no payment for this day and no cancellation today can be made by you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs from the day book: write a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryWeightsDialog</name>
    <message>
        <source>Category weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: 100% ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Attendance codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters teachers and the office put on the roll call. Each code&apos;s letters are used once; a code already on the registers keeps its letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office may use it (e.g. excused with a note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order on the roll call:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayBookModel</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayBookScreen</name>
    <message>
        <source>Day book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my receipts on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the cash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print day book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled {number} ({amount}) by {who}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} receipts&lt;/b&gt;, {amount} received; net collected &lt;b&gt;{net}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mode: {modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier: {cashiers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by {who}: expected {e}, counted {c}, difference {d}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cash for this day is closed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in your drawer: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultersModel</name>
    <message>
        <source>Admission no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultersScreen</name>
    <message>
        <source>Defaulters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} students owe {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export defaulters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Daftar: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and Daftar could not finish what it was doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: {summary}

Work that was saved is safe. The details are in the log file:
{logfile}

If it happens again, send that file to the person who looks after Daftar at your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar cannot open this school file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeHeadDialog</name>
    <message>
        <source>New fee head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. School transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeStructuresDialog</name>
    <message>
        <source>Fee structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fee head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage of what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee amount or percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the principal or an admin sets the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge late fees now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with each concession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant to the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession for a category of students (this term&apos;s invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term&apos;s year has no classes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fees set for this grade and term: set each fee head&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} a student. All {students} students of the grade are billed for every fee head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} a student. {to_bill} of {students} students have fees not billed yet, {amount} in all; {billed} are billed already and are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {invoices} invoices to {students} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school charges no late fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % of what is still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {what}, once per invoice, when it is still unpaid {days} days after its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a term, a grade and a fee head first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Invoices already issued keep their amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} is no longer charged to this grade; issued invoices keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee head {code} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {invoices} invoices to {students} students, {amount} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late-fee rule is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees charged on {count} invoices, {amount} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice is late enough for a late fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession granted on {count} invoices, {amount} in all; {skipped} already had it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of fee and what each costs a grade level in a term. Invoices already issued keep their amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. TUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeesScreen</name>
    <message>
        <source>Fees</source>
        <extracomment>A receipt PDF was made: (payment id, pdf bytes, duplicate). What is done with a new receipt: None asks the person (print, save, close).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student by name, admission number or guardian&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No student chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has left or graduated. Only what is still owed can be paid; nothing in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In advance {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment saved on this computer. Its receipt is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <source>Grade scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest passing grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have read this; take it out of the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention. Conflicts and changes the school&apos;s server refused will appear here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The choice is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: this receipt keeps its number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <extracomment>The person asked to open another school file (the application answers). File → Switch School: choose another school (the application answers). Lock now (or switch user): back to the unlock screen, nothing lost. Sign out of the school&apos;s server on this computer. Settings were saved (the new :class:`~app.config.Settings`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school} — {person} — Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school} — Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaulters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open School File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of {school} on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent. You will need the school&apos;s server to sign in again; unlocking with your password works offline only while you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Daftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Daftar&lt;/b&gt; {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for schools. Everything is kept on this computer and works without the internet; it is sent to the school&apos;s server when a connection is there.

School file: {path}
Log file: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDelegate</name>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksGridModel</name>
    <message>
        <source>Roll</source>
        <extracomment>The dot drawn in a cell&apos;s corner for each sync state. The person typed or pasted values that parse: save them. A typed value was refused: the reason, for the status line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {category}, out of {max}, weight {weight} in its category, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as shown above the grid: absent is 0, exempt is left out, an empty category gives its weight to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left this class on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet: the result is provisional.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {note} Resolve it in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this mark: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksScreen</name>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the term % is counted: absent (ab) counts 0; exempt (ex) and empty cells are left out; each category&apos;s average is weighted by the subject&apos;s category weights, and a category with no marks yet gives its weight to the others. * means marks are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d99a1e&apos;&gt;●&lt;/span&gt; waiting to sync &amp;nbsp; &lt;span style=&apos;color:#2e8b57&apos;&gt;●&lt;/span&gt; synced &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;●&lt;/span&gt; conflict (see the inbox) &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;●&lt;/span&gt; refused by the server &amp;nbsp; &lt;span style=&apos;background:#fde2e1; color:#b3261e&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; not saved: hover for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no classes to enter marks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{students} · {assessments} · {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed by the principal: marks are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category weights: {weights}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category weights set for this subject: categories weigh the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet: add one with “New assessment…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{saved} saved; {bad} refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer (%n mark(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved, shown in red: hover for the reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a mark: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <source>Mark entry for {term} is closed: nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the first cell to fill (a mark cell), then paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no marks to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is {rows} row(s) by {cols} column(s), but from this cell there are {free_rows} student(s) below and {free_cols} assessment(s) across.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted {good} mark(s); {bad} refused, shown in red: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n mark(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due (in advance: {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has left or graduated: only what is still owed can be paid, nothing in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest dues first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student has left: at most {amount} (what is still owed) can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts allocated add up to more than the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than is open on {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Payment</source>
        <comment>Cash</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a student in the month or the rates to see their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates and chronic absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({admission}) · rate {rate} over {days} school days · {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} · {days} school days in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section rate this month: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic absentees: below {threshold} % over the last {days} school days (to {day}): {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} ({weight}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional: a term has no result yet or is not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every student&apos;s report card of this class and term, in one PDF; with one student selected, that student&apos;s card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each subject&apos;s term % weighs its categories by the subject&apos;s weights; absent counts 0, exempt and marks not entered are left out, and a category with no marks yet gives its weight to the others. The overall % is the mean of the subjects; the final result weighs the terms by their weights. * marks a result still missing marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final result (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark entry open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark entry closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} · {term} ({state}) · grade scale: {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} · final result over the year&apos;s terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entry for {term} is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed: marks are read-only on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mark entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close mark entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entry for {term} is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; it reaches every computer at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish {term}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing closes mark entry for good and freezes the results of {term} on every computer. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} is published; its results are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making report cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) saved to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report cards could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all present…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: type a roll number to jump · a code&apos;s letter marks and moves on · Space: present/absent · F2: note · Enter: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to {section} not saved: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is not one of the school&apos;s codes ({codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office can mark {label} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was marked by the office ({code}); a teacher cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: press Enter or Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all {total} students of {section} present?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students whose mark changes to present: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office codes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Marks changed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian alerts queued: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts cancelled: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the office&apos;s codes for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian phone or e-mail to alert for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet: {names}. Check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: no roll call yet today for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no section to take the roll call of on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: shown as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet: everyone is present until you mark them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll call was taken on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office can mark {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Roll</source>
        <extracomment>Entities whose change (by a sync, or another screen) means reading again. How long typed digits make one roll number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the office; a teacher cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence alert to the guardian: the server sends it {minutes} minutes after the roll call; a correction before then cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roll call was taken for this student on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here; press Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another mark won on the server, or it refused this one: see the Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are kept by the school&apos;s server and reach every computer of the school. They can be changed only online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits after the point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on the School&apos;s Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo My Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the School&apos;s Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is ready; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the details are as the server has them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Admission no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionRatesModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classes of each year, with their class teacher. Saved on this computer and sent with the next sync; a section with students cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>How many backups of each school file are kept (before each migration).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school file is copied before every update of Daftar changes it; this many copies of each school are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School&apos;s server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time Daftar starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Choose {what} in the list first.</source>
        <extracomment>Entities whose local changes make this page read again. A change was saved (locally, or on the server): the text said to the person.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the school&apos;s server with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the school&apos;s server. It shows here once this computer has synced (now under way).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentDetailsPanel</name>
    <message>
        <source>Close the student&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission no. {number} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}{year}, roll no. {roll}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled in any section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Admission no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>Active</source>
        <extracomment>Entities whose change means the list must be read again. Entities whose change can alter an open student&apos;s record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search students</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This student is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects &amp; teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher sees the sections they are assigned to teach here, and only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Subject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who teaches what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a Teacher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Teaches What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sending changes…</source>
        <extracomment>Entities a finished sync announces on the hub, so screens read them again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to the school&apos;s server on this computer. Your work is saved here; sign in again to sync it.</source>
        <extracomment>The sync state changed (a :class:`SyncStatus`), on the UI thread. A sync ended (its :class:`SyncReport`), on the UI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped because of an internal error; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or received. Your work is saved on this computer; switch “Work offline” off to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync did not finish. Daftar will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all network use: nothing is sent or received until you switch this off. Everything you do is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Daftar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{taken} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) not taken yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share}% of those marked · {late} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{excused} excused · {half} half day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept safe on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>{school} — Daftar</source>
        <extracomment>(username, password) to check. Sign in online as someone who has not used this computer yet. Choose another school.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daftar was locked. Type your password to carry on; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is using Daftar? Your password is checked on this computer, so no connection is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has signed in to this school on this computer yet. Sign in with the school&apos;s server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to Daftar</source>
        <extracomment>Sign in: (server address, school code, username, password), already checked. A demo person was picked: (username, password). A school file found in the data folder was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for your school. Everything is kept on this computer, so Daftar works without the internet, and is sent to the school&apos;s server when a connection is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up school with its own server on this computer: sign in as a teacher, the front office or the principal and try everything, offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sign-in needs the internet: Daftar registers this computer with the school and downloads what your role may see. After that, it works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens once. Afterwards Daftar only sends and receives what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your school&apos;s code, like GHS: letters, digits, “-” or “_”. The school&apos;s office or admin can tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address does not use https://: the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer… The first time, it loads the school, which takes a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school runs on its own server on this computer ({url}). Pick someone to sign in as; their password is shown, since this is only a demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username &lt;b&gt;{u}&lt;/b&gt;&lt;br&gt;password &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the school: {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes made on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that everything arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering this computer with the school…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
