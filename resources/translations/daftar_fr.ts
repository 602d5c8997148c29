<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>“{code}” is not a school code. A school code has letters, digits, “-” or “_”, like DEMO.</source>
        <translation>« {code} » n’est pas un code d’école. Un code d’école contient des lettres, des chiffres, « - » ou « _ », comme DEMO.</translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation>Ouvrir un fichier d’école</translation>
    </message>
    <message>
        <source>Daftar school files (*.daftar)</source>
        <translation>Fichiers d’école Daftar (*.daftar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That is not the password for {username} on this computer. Try again; if it was changed, sign in with the school&apos;s server.</source>
        <translation>Ce n’est pas le mot de passe de {username} sur cet ordinateur. Réessayez ; s’il a été changé, connectez-vous au serveur de l’école.</translation>
    </message>
    <message>
        <source>Signing in stopped because of an internal error. The details are in the log file: {log}</source>
        <translation>La connexion s’est arrêtée à cause d’une erreur interne. Les détails sont dans le journal : {log}</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so your sign-in is kept only while Daftar is open. After closing Daftar you can still unlock it with your password and work offline, but you will need to sign in again to sync.</source>
        <translation>Cet ordinateur n’a pas de coffre à mots de passe sécurisé (trousseau) : votre connexion n’est gardée que tant que Daftar est ouvert. Après avoir fermé Daftar, vous pourrez toujours le déverrouiller avec votre mot de passe et travailler hors ligne, mais il faudra vous reconnecter pour synchroniser.</translation>
    </message>
    <message>
        <source>The demo school&apos;s server could not be started. The details are in the log file: {log}</source>
        <translation>Le serveur de l’école de démonstration n’a pas pu démarrer. Les détails sont dans le journal : {log}</translation>
    </message>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <translation>Ce fichier d’école n’est connecté à aucun serveur : il est conservé sur cet ordinateur uniquement.</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They are kept on this computer and sent the next time someone allowed to send them signs in.</source>
        <translation>
            <numerusform>Modification en attente d’envoi : %n. Elle est gardée sur cet ordinateur et envoyée à la prochaine connexion d’une personne autorisée.</numerusform>
            <numerusform>Modifications en attente d’envoi : %n. Elles sont gardées sur cet ordinateur et envoyées à la prochaine connexion d’une personne autorisée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation>Modifier l’évaluation</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>e.g. Unit test 2</source>
        <translation>ex. Contrôle 2</translation>
    </message>
    <message>
        <source>How much this assessment counts against others of its category</source>
        <translation>Poids de cette évaluation par rapport aux autres de sa catégorie</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category weights of the subject are set by the principal.</source>
        <translation>Les poids des catégories de la matière sont fixés par le directeur.</translation>
    </message>
    <message>
        <source>This subject has no category weights yet: its categories will weigh the same.</source>
        <translation>Cette matière n’a pas encore de poids par catégorie : ses catégories compteront autant.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Weight in category</source>
        <translation>Poids dans la catégorie</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Year &amp; terms</source>
        <translation>Année et trimestres</translation>
    </message>
    <message>
        <source>The academic calendar is kept by the school&apos;s server; changes are made online and reach this computer with the next sync. Terms lie inside their year and do not overlap.</source>
        <translation>Le calendrier scolaire est tenu par le serveur de l’école ; les changements se font en ligne et arrivent sur cet ordinateur à la prochaine synchronisation. Les trimestres sont compris dans leur année et ne se chevauchent pas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Marks entry</source>
        <translation>Saisie des notes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Add a Year…</source>
        <translation>Ajouter une année…</translation>
    </message>
    <message>
        <source>Edit the Year…</source>
        <translation>Modifier l’année…</translation>
    </message>
    <message>
        <source>Make It the Current Year</source>
        <translation>En faire l’année en cours</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Add a Term…</source>
        <translation>Ajouter un trimestre…</translation>
    </message>
    <message>
        <source>Edit the Term…</source>
        <translation>Modifier le trimestre…</translation>
    </message>
    <message>
        <source>Remove the Term</source>
        <translation>Retirer le trimestre</translation>
    </message>
    <message>
        <source>Terms of {year}</source>
        <translation>Trimestres de {year}</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <source>Academic Year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>New Academic Year</source>
        <translation>Nouvelle année scolaire</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>e.g. 2026–27</source>
        <translation>ex. 2026–27</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Premier jour :</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Dernier jour :</translation>
    </message>
    <message>
        <source>{year} is already the current year.</source>
        <translation>{year} est déjà l’année en cours.</translation>
    </message>
    <message>
        <source>the year the term belongs to</source>
        <translation>l’année du trimestre</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>un trimestre</translation>
    </message>
    <message>
        <source>Term of {year}</source>
        <translation>Trimestre de {year}</translation>
    </message>
    <message>
        <source>e.g. Term 1</source>
        <translation>ex. 1er trimestre</translation>
    </message>
    <message>
        <source>Weight in the year&apos;s result:</source>
        <translation>Poids dans le résultat de l’année :</translation>
    </message>
    <message>
        <source>Teachers may enter marks</source>
        <translation>Les enseignants peuvent saisir des notes</translation>
    </message>
    <message>
        <source>{term} was removed on the school&apos;s server.</source>
        <translation>{term} a été retiré sur le serveur de l’école.</translation>
    </message>
</context>
<context>
    <name>CancelPaymentDialog</name>
    <message>
        <source>Cancel receipt {number}</source>
        <translation>Annuler le reçu {number}</translation>
    </message>
    <message>
        <source>Receipt {number} ({amount}) will be marked CANCELLED and the amount owed again. The payment and its number stay on record; this cannot be undone.</source>
        <translation>Le reçu {number} ({amount}) sera marqué ANNULÉ et le montant sera de nouveau dû. Le paiement et son numéro restent enregistrés ; c’est irréversible.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why is it cancelled? (kept with the receipt)</source>
        <translation>Pourquoi est-il annulé ? (gardé avec le reçu)</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Annuler le paiement</translation>
    </message>
</context>
<context>
    <name>CashCloseDialog</name>
    <message>
        <source>Close the cash</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <source>Count the cash in your drawer. Once closed, no payment for this day and no cancellation today can be made by you on this computer.</source>
        <translation>Comptez l’argent de votre tiroir. Une fois la caisse clôturée, vous ne pourrez plus enregistrer de paiement pour ce jour ni d’annulation aujourd’hui sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The count differs from the day book: write a note saying why.</source>
        <translation>Le comptage diffère du journal de caisse : écrivez une remarque expliquant pourquoi.</translation>
    </message>
</context>
<context>
    <name>CategoryWeightsDialog</name>
    <message>
        <source>Category weights</source>
        <translation>Poids des catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Poids %</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>The weight of {category} must be a whole percentage.</source>
        <translation>Le poids de {category} doit être un pourcentage entier.</translation>
    </message>
    <message>
        <source>The weight of a category must be a whole percentage.</source>
        <translation>Le poids d’une catégorie doit être un pourcentage entier.</translation>
    </message>
    <message>
        <source>Total: 100% ✓</source>
        <translation>Total : 100 % ✓</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Click a part of the chart to see the list behind it.</source>
        <translation>Cliquez sur une partie du graphique pour voir la liste correspondante.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Checking every row against the school…</source>
        <translation>Vérification de chaque ligne par rapport à l’école…</translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing is written until you press Import.</source>
        <translation>Chaque ligne peut être importée. Rien n’est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>{new} new student(s), {changed} to update, {same} already up to date.</source>
        <translation>{new} nouvel(s) élève(s), {changed} à mettre à jour, {same} déjà à jour.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Nothing will be imported until every problem is corrected in the file. Correct them, save the file, and choose it again.</source>
        <translation>Rien ne sera importé tant que chaque problème n’est pas corrigé dans le fichier. Corrigez-les, enregistrez le fichier et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>{n} problem(s) in {rows} row(s):</source>
        <translation>{n} problème(s) dans {rows} ligne(s) :</translation>
    </message>
    <message>
        <source>the first {shown} are listed.</source>
        <translation>les {shown} premiers sont listés.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Attendance codes</source>
        <translation>Codes de présence</translation>
    </message>
    <message>
        <source>The letters teachers and the office put on the roll call. Each code&apos;s letters are used once; a code already on the registers keeps its letters.</source>
        <translation>Les lettres que les enseignants et le secrétariat inscrivent à l’appel. Les lettres de chaque code ne servent qu’une fois ; un code déjà dans les registres garde ses lettres.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>Office only</source>
        <translation>Secrétariat seulement</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Add a Code…</source>
        <translation>Ajouter un code…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>a code</source>
        <translation>un code</translation>
    </message>
    <message>
        <source>Attendance Code</source>
        <translation>Code de présence</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>Lettres :</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification :</translation>
    </message>
    <message>
        <source>Counts as:</source>
        <translation>Compte comme :</translation>
    </message>
    <message>
        <source>Only the office may use it (e.g. excused with a note)</source>
        <translation>Seul le secrétariat peut l’utiliser (ex. excusé avec un mot)</translation>
    </message>
    <message>
        <source>Order on the roll call:</source>
        <translation>Ordre à l’appel :</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Daftar: offline-first school software. Attendance, marks, fees and receipts kept on this computer and synced with the school&apos;s server when online. With no command, opens the app.</source>
        <translation>Daftar : le logiciel scolaire qui fonctionne hors ligne. Présences, notes, frais de scolarité et reçus gardés sur cet ordinateur et synchronisés avec le serveur de l’école une fois en ligne. Sans commande, ouvre l’application.</translation>
    </message>
    <message>
        <source>keep school files, settings and logs under DIR instead of the user data folder (also DAFTAR_DATA_DIR)</source>
        <translation>garder les fichiers d’école, les réglages et les journaux dans DIR au lieu du dossier de données de l’utilisateur (aussi DAFTAR_DATA_DIR)</translation>
    </message>
    <message>
        <source>log more, and to the console too</source>
        <translation>journaliser davantage, et aussi dans la console</translation>
    </message>
    <message>
        <source>the language to speak, e.g. fr_FR or ur_PK (also DAFTAR_LANG; default: the language chosen in the settings, else this computer&apos;s)</source>
        <translation>la langue à parler, par exemple fr_FR ou ur_PK (aussi DAFTAR_LANG ; par défaut : la langue choisie dans les réglages, sinon celle de cet ordinateur)</translation>
    </message>
    <message>
        <source>open the demo school (made on first use, kept for the next run)</source>
        <translation>ouvrir l’école de démonstration (créée à la première utilisation, gardée pour la suivante)</translation>
    </message>
    <message>
        <source>open this school&apos;s file (by school code)</source>
        <translation>ouvrir le fichier de cette école (par son code)</translation>
    </message>
    <message>
        <source>check that this copy of Daftar has everything it needs (offscreen), then exit</source>
        <translation>vérifier que cette copie de Daftar a tout ce qu’il lui faut (sans écran), puis quitter</translation>
    </message>
    <message>
        <source>make a realistic demo school file</source>
        <translation>créer un fichier d’école de démonstration réaliste</translation>
    </message>
    <message>
        <source>Make a demo school: students with names from several cultures, sections, teachers, a term of attendance, marks, fees and payments.</source>
        <translation>Créer une école de démonstration : des élèves aux noms de plusieurs cultures, des classes, des enseignants, un trimestre de présences, des notes, des frais et des paiements.</translation>
    </message>
    <message>
        <source>small ~300 students, default ~600, large 2,000 (default: %(default)s)</source>
        <translation>small : ~300 élèves, default : ~600, large : 2 000 (par défaut : %(default)s)</translation>
    </message>
    <message>
        <source>write the school file here (default: the data folder)</source>
        <translation>écrire le fichier d’école ici (par défaut : le dossier de données)</translation>
    </message>
    <message>
        <source>random seed, for the same school every time</source>
        <translation>graine aléatoire, pour obtenir chaque fois la même école</translation>
    </message>
    <message>
        <source>replace an existing demo file</source>
        <translation>remplacer un fichier de démonstration existant</translation>
    </message>
    <message>
        <source>check a school file and bring it up to date</source>
        <translation>vérifier un fichier d’école et le mettre à jour</translation>
    </message>
    <message>
        <source>Check that FILE is a healthy Daftar school file, back it up and migrate it to this version&apos;s schema. Prints what it found.</source>
        <translation>Vérifier que FILE est un fichier d’école Daftar en bon état, en faire une sauvegarde et le mettre au schéma de cette version. Affiche ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>back up a school file now (or list its backups)</source>
        <translation>sauvegarder un fichier d’école maintenant (ou lister ses sauvegardes)</translation>
    </message>
    <message>
        <source>Copy a school&apos;s file into the backups folder (safe while Daftar is open); the newest copies are kept.</source>
        <translation>Copier le fichier d’une école dans le dossier des sauvegardes (sans risque pendant que Daftar est ouvert) ; les copies les plus récentes sont gardées.</translation>
    </message>
    <message>
        <source>list the school&apos;s backups, newest first</source>
        <translation>lister les sauvegardes de l’école, la plus récente d’abord</translation>
    </message>
    <message>
        <source>how many backups of the school to keep (default: the &quot;Backups kept&quot; setting)</source>
        <translation>combien de sauvegardes de l’école garder (par défaut : le réglage « Sauvegardes gardées »)</translation>
    </message>
    <message>
        <source>put a backup in place of a school file</source>
        <translation>mettre une sauvegarde à la place d’un fichier d’école</translation>
    </message>
    <message>
        <source>Replace a school&apos;s file by a backup (by default the newest healthy one). The replaced file is kept in the backups folder, and changes it held that had not synced yet are recovered.</source>
        <translation>Remplacer le fichier d’une école par une sauvegarde (par défaut la plus récente en bon état). Le fichier remplacé est gardé dans le dossier des sauvegardes, et les modifications qu’il contenait et qui n’étaient pas encore synchronisées sont récupérées.</translation>
    </message>
    <message>
        <source>the backup to restore (default: newest healthy)</source>
        <translation>la sauvegarde à restaurer (par défaut : la plus récente en bon état)</translation>
    </message>
    <message>
        <source>sign in to a school&apos;s server and download the school</source>
        <translation>se connecter au serveur d’une école et télécharger l’école</translation>
    </message>
    <message>
        <source>Sign in online (the password is asked for, or read from DAFTAR_PASSWORD), register this computer with the school, and download what your role may see.</source>
        <translation>Se connecter en ligne (le mot de passe est demandé, ou lu dans DAFTAR_PASSWORD), enregistrer cet ordinateur auprès de l’école et télécharger ce que votre rôle peut voir.</translation>
    </message>
    <message>
        <source>the school&apos;s server, e.g. https://sis.example.org</source>
        <translation>le serveur de l’école, par exemple https://sis.example.org</translation>
    </message>
    <message>
        <source>the school&apos;s code</source>
        <translation>le code de l’école</translation>
    </message>
    <message>
        <source>sync a school once and print what happened</source>
        <translation>synchroniser une école une fois et afficher ce qui s’est passé</translation>
    </message>
    <message>
        <source>Send this computer&apos;s saved changes to the school&apos;s server and receive everyone else&apos;s, as the signed-in person. Exit status 0 when the sync completed.</source>
        <translation>Envoyer au serveur de l’école les modifications enregistrées sur cet ordinateur et recevoir celles de tous les autres, au nom de la personne connectée. Code de sortie 0 quand la synchronisation est allée au bout.</translation>
    </message>
    <message>
        <source>{file} already exists; use --force to replace it.</source>
        <translation>{file} existe déjà ; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>{file}: a healthy Daftar school file, up to date.</source>
        <translation>{file} : un fichier d’école Daftar en bon état, à jour.</translation>
    </message>
    <message>
        <source>There is no school file for {code} ({file}).</source>
        <translation>Il n’y a pas de fichier d’école pour {code} ({file}).</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)</source>
        <translation>
            <numerusform>Envoi de %n modification</numerusform>
            <numerusform>Envoi de %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving {done}/{total} rows</source>
        <translation>Réception de {done}/{total} lignes</translation>
    </message>
    <message>
        <source>Password for {username}: </source>
        <translation>Mot de passe de {username} : </translation>
    </message>
    <message>
        <source>Signed in to {school} as {name} ({role}); this computer is device {device}.</source>
        <translation>Connecté à {school} en tant que {name} ({role}) ; cet ordinateur est l’appareil {device}.</translation>
    </message>
    <message>
        <source>import students from a CSV or XLSX roster</source>
        <translation>importer des élèves d’une liste CSV ou XLSX</translation>
    </message>
    <message>
        <source>Check every row of a roster (CSV or XLSX) against the school and import it in one go: new students are added, changed ones updated (matched on the admission number), and a file with any problem changes nothing. Exit status 0 when imported (or, with --dry-run, when it would be), 1 when the roster has problems, 2 when the file or the school cannot be opened.</source>
        <translation>Vérifier chaque ligne d’une liste d’élèves (CSV ou XLSX) par rapport à l’école et l’importer d’un coup : les nouveaux élèves sont ajoutés, ceux qui ont changé sont mis à jour (reconnus à leur numéro d’inscription), et un fichier qui a le moindre problème ne change rien. Code de sortie 0 une fois importé (ou, avec --dry-run, quand il le serait), 1 quand la liste a des problèmes, 2 quand le fichier ou l’école ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>which column holds a field, by header or letter, e.g. &quot;admission_no=Adm No,section=C&quot; (the others are guessed from the headers)</source>
        <translation>quelle colonne contient un champ, par son en-tête ou sa lettre, par exemple « admission_no=Adm No,section=C » (les autres sont devinées d’après les en-têtes)</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>vérifier et rendre compte, sans rien écrire</translation>
    </message>
    <message>
        <source>export a register, marks, results, a ledger, a day book or the defaulters</source>
        <translation>exporter un registre, des notes, des résultats, un relevé de compte, un journal de caisse ou les impayés</translation>
    </message>
    <message>
        <source>Write one of the school&apos;s lists to a CSV or XLSX file (by the extension of --to). register needs --section and --month; marks and results --section and --term (marks: --subject for one subject); ledger --student; day-book --day (default today); defaulters takes --section and --overdue-only.</source>
        <translation>Écrire une des listes de l’école dans un fichier CSV ou XLSX (selon l’extension de --to). register demande --section et --month ; marks et results --section et --term (marks : --subject pour une seule matière) ; ledger --student ; day-book --day (par défaut aujourd’hui) ; defaulters accepte --section et --overdue-only.</translation>
    </message>
    <message>
        <source>the file to write: .csv or .xlsx</source>
        <translation>le fichier à écrire : .csv ou .xlsx</translation>
    </message>
    <message>
        <source>a section of this year, e.g. &quot;7 A&quot;</source>
        <translation>une classe de cette année, par exemple « 7 A »</translation>
    </message>
    <message>
        <source>the register&apos;s month (default: this month)</source>
        <translation>le mois du registre (par défaut : ce mois-ci)</translation>
    </message>
    <message>
        <source>a term of this year, e.g. &quot;Term 1&quot;</source>
        <translation>un trimestre de cette année, par exemple « Term 1 »</translation>
    </message>
    <message>
        <source>marks of one subject (code or name)</source>
        <translation>les notes d’une seule matière (code ou nom)</translation>
    </message>
    <message>
        <source>the student whose ledger to export</source>
        <translation>l’élève dont exporter le relevé de compte</translation>
    </message>
    <message>
        <source>the day book&apos;s day (default: today)</source>
        <translation>le jour du journal de caisse (par défaut : aujourd’hui)</translation>
    </message>
    <message>
        <source>defaulters: only those with money overdue</source>
        <translation>impayés : seulement ceux qui ont un montant en retard</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>daftar export {what} needs --{option}.</source>
        <translation>daftar export {what} a besoin de --{option}.</translation>
    </message>
    <message>
        <source>--month {month} is not a month like 2026-11.</source>
        <translation>--month {month} n’est pas un mois comme 2026-11.</translation>
    </message>
    <message>
        <source>--day {day} is not a day like 2026-11-23.</source>
        <translation>--day {day} n’est pas un jour comme 2026-11-23.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {what} (%n line(s)) to {file}.</source>
        <translation>
            <numerusform>{what} écrit (%n ligne) dans {file}.</numerusform>
            <numerusform>{what} écrit (%n lignes) dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the school from the backup {file}.</source>
        <translation>École restaurée à partir de la sauvegarde {file}.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {file}.</source>
        <translation>Le fichier remplacé est gardé sous le nom {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) that were waiting to sync were recovered from it and will be sent at the next sync.</source>
        <translation>
            <numerusform>%n modification qui attendait d’être synchronisée y a été récupérée et sera envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications qui attendaient d’être synchronisées y ont été récupérées et seront envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced file could not be read, so changes made after the backup and not yet synced could not be recovered from it; keep that file for your support contact.</source>
        <translation>Le fichier remplacé n’a pas pu être lu : les modifications faites après la sauvegarde et pas encore synchronisées n’ont pas pu en être récupérées ; gardez ce fichier pour votre contact d’assistance.</translation>
    </message>
    <message>
        <source>Another sync of this school is running; nothing done.</source>
        <translation>Une autre synchronisation de cette école est en cours ; rien n’a été fait.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s): {applied} applied, {merged} merged, {conflicts} in conflict, {rejected} refused.</source>
        <translation>
            <numerusform>%n modification envoyée : {applied} appliquée(s), {merged} fusionnée(s), {conflicts} en conflit, {rejected} refusée(s).</numerusform>
            <numerusform>%n modifications envoyées : {applied} appliquées, {merged} fusionnées, {conflicts} en conflit, {rejected} refusées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s), a full download of what this computer may see.</source>
        <translation>
            <numerusform>%n modification reçue, un téléchargement complet de ce que cet ordinateur peut voir.</numerusform>
            <numerusform>%n modifications reçues, un téléchargement complet de ce que cet ordinateur peut voir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>%n modification reçue.</numerusform>
            <numerusform>%n modifications reçues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) this computer may no longer see.</source>
        <translation>
            <numerusform>%n ligne que cet ordinateur ne peut plus voir a été retirée.</numerusform>
            <numerusform>%n lignes que cet ordinateur ne peut plus voir ont été retirées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server had been restored from an older backup: %n change(s) it had lost were sent again.</source>
        <translation>
            <numerusform>Le serveur avait été restauré à partir d’une sauvegarde plus ancienne : %n modification qu’il avait perdue a été envoyée de nouveau.</numerusform>
            <numerusform>Le serveur avait été restauré à partir d’une sauvegarde plus ancienne : %n modifications qu’il avait perdues ont été envoyées de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded again after a checksum difference: {tables}.</source>
        <translation>Téléchargé de nouveau après une différence de somme de contrôle : {tables}.</translation>
    </message>
    <message>
        <source>Took {seconds} s.</source>
        <translation>Durée : {seconds} s.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Arrêtée : {reason}</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before update {revision}</source>
        <translation>avant la mise à jour {revision}</translation>
    </message>
    <message>
        <source>{time} UTC  {label}  {file}</source>
        <translation>{time} UTC  {label}  {file}</translation>
    </message>
    <message>
        <source>Demo school ({size}, seed {seed}) written to {file}</source>
        <translation>École de démonstration ({size}, graine {seed}) écrite dans {file}</translation>
    </message>
    <message numerus="yes">
        <source>Students: {students}, in %n section(s)</source>
        <translation>
            <numerusform>Élèves : {students}, dans %n classe</numerusform>
            <numerusform>Élèves : {students}, dans %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance marks: {count}</source>
        <translation>Présences notées : {count}</translation>
    </message>
    <message numerus="yes">
        <source>Marks: {marks}, in %n assessment(s)</source>
        <translation>
            <numerusform>Notes : {marks}, pour %n évaluation</numerusform>
            <numerusform>Notes : {marks}, pour %n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payments: {payments} ({cancelled} cancelled), %n invoice(s)</source>
        <translation>
            <numerusform>Paiements : {payments} ({cancelled} annulés), %n facture</numerusform>
            <numerusform>Paiements : {payments} ({cancelled} annulés), %n factures</numerusform>
        </translation>
    </message>
    <message>
        <source>Made in {seconds} s</source>
        <translation>Créée en {seconds} s</translation>
    </message>
    <message>
        <source>Sign in as {users}</source>
        <translation>Se connecter en tant que {users}</translation>
    </message>
</context>
<context>
    <name>ConcessionDialog</name>
    <message>
        <source>Grant a concession</source>
        <translation>Accorder une réduction</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why? (kept with the concession)</source>
        <translation>Pourquoi ? (gardé avec la réduction)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Accorder</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>Toute la facture</translation>
    </message>
    <message>
        <source>This student has no invoice to reduce.</source>
        <translation>Cet élève n’a aucune facture à réduire.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daftar found damage in this school&apos;s file while making today&apos;s backup. What you saved is kept; your good backups are kept too. Close Daftar and open it again: it will offer the newest good backup and say what may be missing.</source>
        <translation>Daftar a trouvé des dégâts dans le fichier de cette école en faisant la sauvegarde du jour. Ce que vous avez enregistré est gardé ; vos bonnes sauvegardes aussi. Fermez Daftar et rouvrez-le : il proposera la plus récente bonne sauvegarde et dira ce qui peut manquer.</translation>
    </message>
</context>
<context>
    <name>DamagedFileRecovery</name>
    <message>
        <source>The school file {name} is damaged and there is no good backup of it on this computer. Sign in again to download the school from its server; the damaged file is left as it is.</source>
        <translation>Le fichier d’école {name} est endommagé et il n’en existe aucune bonne sauvegarde sur cet ordinateur. Reconnectez-vous pour télécharger l’école depuis son serveur ; le fichier endommagé est laissé tel quel.</translation>
    </message>
    <message>
        <source>The school file is damaged</source>
        <translation>Le fichier d’école est endommagé</translation>
    </message>
    <message>
        <source>The school file {name} is damaged, so Daftar will not open it.</source>
        <translation>Le fichier d’école {name} est endommagé : Daftar ne l’ouvrira pas.</translation>
    </message>
    <message>
        <source>Daftar found a good backup made {when}. Restore it and open the school? The damaged file is kept as it is in the backups folder.</source>
        <translation>Daftar a trouvé une bonne sauvegarde faite {when}. La restaurer et ouvrir l’école ? Le fichier endommagé est gardé tel quel dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Changes made after {when} that were already synced come back from the school&apos;s server at the next sync.</source>
        <translation>Les modifications faites après {when} et déjà synchronisées reviendront du serveur de l’école à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Changes made on this computer after {when} that had not been synced cannot be read from the damaged file and are lost; how many is not known.</source>
        <translation>Les modifications faites sur cet ordinateur après {when} et non synchronisées ne peuvent pas être lues dans le fichier endommagé et sont perdues ; leur nombre est inconnu.</translation>
    </message>
    <message>
        <source>No change that was waiting to sync is missing from the backup.</source>
        <translation>Aucune modification en attente de synchronisation ne manque à la sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync can still be read from the damaged file and will be sent at the next sync.</source>
        <translation>
            <numerusform>%n modification en attente peut encore être lue dans le fichier endommagé et sera envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications en attente peuvent encore être lues dans le fichier endommagé et seront envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school was restored from the backup made {when}.</source>
        <translation>L’école a été restaurée à partir de la sauvegarde faite {when}.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {name} in the backups folder.</source>
        <translation>Le fichier endommagé est gardé sous le nom {name} dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Changes already synced since then come back at the next sync.</source>
        <translation>Les modifications déjà synchronisées depuis reviendront à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync were recovered from the damaged file.</source>
        <translation>
            <numerusform>%n modification en attente a été récupérée dans le fichier endommagé.</numerusform>
            <numerusform>%n modifications en attente ont été récupérées dans le fichier endommagé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that had not been synced since the backup could not be read from the damaged file and are lost. Until the next sync, fee payments wait, so that no receipt number is given twice.</source>
        <translation>Les modifications non synchronisées depuis la sauvegarde n’ont pas pu être lues dans le fichier endommagé et sont perdues. Jusqu’à la prochaine synchronisation, les paiements attendent, pour qu’aucun numéro de reçu ne soit donné deux fois.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). The damaged file is left as it is.</source>
        <translation>La sauvegarde n’a pas pu être restaurée ({reason}). Le fichier endommagé est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres au</translation>
    </message>
    <message>
        <source>The day the figures are counted up to</source>
        <translation>Le jour jusqu’auquel les chiffres sont comptés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>Exporter les tableaux…</translation>
    </message>
    <message>
        <source>Every table of the dashboard in one Excel workbook</source>
        <translation>Tous les tableaux du tableau de bord dans un classeur Excel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Attendance today</source>
        <translation>Présence aujourd’hui</translation>
    </message>
    <message>
        <source>Roll calls taken</source>
        <translation>Appels faits</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Retards</translation>
    </message>
    <message>
        <source>Attendance today by grade level</source>
        <translation>Présence aujourd’hui par niveau</translation>
    </message>
    <message>
        <source>Sections not registered yet</source>
        <translation>Classes dont l’appel n’est pas fait</translation>
    </message>
    <message>
        <source>Sections today</source>
        <translation>Classes aujourd’hui</translation>
    </message>
    <message>
        <source>Absent today, with guardians to call</source>
        <translation>Absents aujourd’hui, avec les responsables à appeler</translation>
    </message>
    <message>
        <source>Late arrivals today</source>
        <translation>Retards aujourd’hui</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Daily attendance, last 30 school days</source>
        <translation>Présence quotidienne, 30 derniers jours de classe</translation>
    </message>
    <message>
        <source>Chronic absentees</source>
        <translation>Absentéistes chroniques</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>Collected today</source>
        <translation>Encaissé aujourd’hui</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Encaissé ce mois-ci</translation>
    </message>
    <message>
        <source>Collected this term</source>
        <translation>Encaissé ce trimestre</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Collected against due</source>
        <translation>Encaissé par rapport au dû</translation>
    </message>
    <message>
        <source>This term&apos;s collection by mode</source>
        <translation>Encaissements du trimestre par mode</translation>
    </message>
    <message>
        <source>Outstanding by grade level</source>
        <translation>Restant dû par niveau</translation>
    </message>
    <message>
        <source>Outstanding by section</source>
        <translation>Restant dû par classe</translation>
    </message>
    <message>
        <source>Top defaulters</source>
        <translation>Principaux impayés</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Marks entered</source>
        <translation>Notes saisies</translation>
    </message>
    <message>
        <source>Marks still owed</source>
        <translation>Notes encore dues</translation>
    </message>
    <message>
        <source>Sections whose average fell</source>
        <translation>Classes dont la moyenne a baissé</translation>
    </message>
    <message>
        <source>Grades per subject</source>
        <translation>Notes par matière</translation>
    </message>
    <message>
        <source>Marks still owed, by section and subject</source>
        <translation>Notes encore dues, par classe et matière</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Devices and their last sync</source>
        <translation>Appareils et leur dernière synchro</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>trends</source>
        <translation>tendances</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>freshness</source>
        <translation>fraîcheur</translation>
    </message>
    <message>
        <source>Reading the figures… {done} of {total} parts ({part} read)</source>
        <translation>Lecture des chiffres… {done} parties sur {total} ({part} lu)</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>Les chiffres n’ont pas pu être lus : {reason}</translation>
    </message>
    <message>
        <source>Dashboard — {school}</source>
        <translation>Tableau de bord — {school}</translation>
    </message>
    <message>
        <source>{marked} of {enrolled} students marked</source>
        <translation>{marked} élèves marqués sur {enrolled}</translation>
    </message>
    <message>
        <source>{taken} of {total}</source>
        <translation>{taken} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) not registered yet</source>
        <translation>
            <numerusform>%n classe sans appel</numerusform>
            <numerusform>%n classes sans appel</numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is registered</source>
        <translation>L’appel est fait partout</translation>
    </message>
    <message>
        <source>Guardians&apos; phones in the list below</source>
        <translation>Téléphones des responsables dans la liste ci-dessous</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Niveau {grade}</translation>
    </message>
    <message>
        <source>Grade {grade}: {rate}</source>
        <translation>Niveau {grade} : {rate}</translation>
    </message>
    <message>
        <source>No roll call has been taken today yet.</source>
        <translation>Aucun appel n’a encore été fait aujourd’hui.</translation>
    </message>
    <message>
        <source>Whole school</source>
        <translation>Toute l’école</translation>
    </message>
    <message>
        <source>Click a day to see each section&apos;s attendance that day.</source>
        <translation>Cliquez sur un jour pour voir la présence de chaque classe ce jour-là.</translation>
    </message>
    <message>
        <source>No school days in the record yet.</source>
        <translation>Aucun jour de classe enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Below {threshold}% over the last {days} school days; open a student for their day-by-day record.</source>
        <translation>Moins de {threshold} % sur les {days} derniers jours de classe ; ouvrez un élève pour voir son relevé jour par jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>{due} fell due</source>
        <translation>{due} arrivés à échéance</translation>
    </message>
    <message>
        <source>{term}: {share} of {due} billed</source>
        <translation>{term} : {share} de {due} facturés</translation>
    </message>
    <message>
        <source>{overdue} overdue · {n} students</source>
        <translation>{overdue} en retard · {n} élèves</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amounts in {currency}. Click a bar to see its payments.</source>
        <translation>Montants en {currency}. Cliquez sur une barre pour voir ses paiements.</translation>
    </message>
    <message>
        <source>No payment this term yet.</source>
        <translation>Aucun paiement ce trimestre pour l’instant.</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>Sans classe</translation>
    </message>
    <message>
        <source>Amounts in {currency}. Click a bar to see who owes.</source>
        <translation>Montants en {currency}. Cliquez sur une barre pour voir qui doit.</translation>
    </message>
    <message>
        <source>No term in this school file yet</source>
        <translation>Aucun trimestre dans ce fichier d’école pour l’instant</translation>
    </message>
    <message>
        <source>{entered} of {expected} marks · {term}</source>
        <translation>{entered} notes sur {expected} · {term}</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) with marks to enter</source>
        <translation>
            <numerusform>%n classe avec des notes à saisir</numerusform>
            <numerusform>%n classes avec des notes à saisir</numerusform>
        </translation>
    </message>
    <message>
        <source>against {term}</source>
        <translation>par rapport à {term}</translation>
    </message>
    <message>
        <source>No previous term to compare</source>
        <translation>Aucun trimestre précédent pour comparer</translation>
    </message>
    <message>
        <source>{term}: students per grade. Click a part to see its students.</source>
        <translation>{term} : élèves par note. Cliquez sur une partie pour voir ses élèves.</translation>
    </message>
    <message>
        <source>This version cannot tell how fresh other devices&apos; figures are.</source>
        <translation>Cette version ne peut pas dire à quel point les chiffres des autres appareils sont frais.</translation>
    </message>
    <message>
        <source>The figures are as of each device&apos;s last sync.</source>
        <translation>Les chiffres sont ceux de la dernière synchro de chaque appareil.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the Excel export)</source>
        <translation>
            <numerusform>… et %n de plus (tous dans l’export Excel)</numerusform>
            <numerusform>… et %n de plus (tous dans l’export Excel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance {rate} · {marked} of {enrolled} students marked</source>
        <translation>Présence {rate} · {marked} élèves marqués sur {enrolled}</translation>
    </message>
    <message>
        <source>Roll calls taken: {taken} of {total}</source>
        <translation>Appels faits : {taken} sur {total}</translation>
    </message>
    <message>
        <source>Absent: {absent} · late: {late}</source>
        <translation>Absents : {absent} · retards : {late}</translation>
    </message>
    <message>
        <source>Below {threshold}% over the last {days} school days. Each day, oldest first: · present, ½ half day, × absent, - not marked.</source>
        <translation>Moins de {threshold} % sur les {days} derniers jours de classe. Chaque jour, du plus ancien : · présent, ½ demi-journée, × absent, - non marqué.</translation>
    </message>
    <message>
        <source>{period}: collected {collected} of {due} due</source>
        <translation>{period} : encaissé {collected} sur {due} dû</translation>
    </message>
    <message>
        <source>Outstanding {outstanding}, of which {overdue} overdue</source>
        <translation>Restant dû {outstanding}, dont {overdue} en retard</translation>
    </message>
    <message>
        <source>Results: {term}</source>
        <translation>Résultats : {term}</translation>
    </message>
    <message>
        <source>Marks entered: {entered} of {expected}</source>
        <translation>Notes saisies : {entered} sur {expected}</translation>
    </message>
    <message>
        <source>Daftar · figures as of each device&apos;s last sync</source>
        <translation>Daftar · chiffres à la dernière synchro de chaque appareil</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <source>{day} · as of each device&apos;s last sync (see Freshness)</source>
        <translation>{day} · à la dernière synchro de chaque appareil (voir Fraîcheur)</translation>
    </message>
    <message>
        <source>Counted as present</source>
        <translation>Comptés présents</translation>
    </message>
    <message numerus="yes">
        <source>Changes are still waiting on %n device(s): their numbers may still move.</source>
        <translation>
            <numerusform>Des modifications attendent encore sur %n appareil : ses chiffres peuvent encore bouger.</numerusform>
            <numerusform>Des modifications attendent encore sur %n appareils : leurs chiffres peuvent encore bouger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) never synced.</source>
        <translation>
            <numerusform>%n appareil jamais synchronisé.</numerusform>
            <numerusform>%n appareils jamais synchronisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This term</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Paiement mobile</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>{section}: absent and late today</source>
        <translation>{section} : absents et retards aujourd’hui</translation>
    </message>
    <message>
        <source>Grade {grade} today</source>
        <translation>Niveau {grade} aujourd’hui</translation>
    </message>
    <message>
        <source>Attendance on {day}</source>
        <translation>Présence le {day}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Students marked</source>
        <translation>Élèves marqués</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>{name} ({section}), last {n} school days</source>
        <translation>{name} ({section}), {n} derniers jours de classe</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <source>Attendance {rate} over {days} days counted.</source>
        <translation>Présence {rate} sur {days} jours comptés.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Notés</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Pas fait</translation>
    </message>
    <message>
        <source>No roll call</source>
        <translation>Pas d’appel</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Absent today</source>
        <translation>Absents aujourd’hui</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>Jours comptés</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Jours d’absence</translation>
    </message>
    <message>
        <source>Last 30 school days</source>
        <translation>30 derniers jours de classe</translation>
    </message>
    <message>
        <source>Daily attendance</source>
        <translation>Présence quotidienne</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Students owing</source>
        <translation>Élèves débiteurs</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Defaulters</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendues</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Encore dues</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Previous term</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Section averages</source>
        <translation>Moyennes des classes</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last synced by</source>
        <translation>Dernière synchro par</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Plus ancienne échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled payments are listed but not counted.</source>
        <translation>Les paiements annulés sont listés mais pas comptés.</translation>
    </message>
    <message>
        <source>Payments received: {period}</source>
        <translation>Paiements reçus : {period}</translation>
    </message>
    <message>
        <source>This term&apos;s payments: {mode}</source>
        <translation>Paiements du trimestre : {mode}</translation>
    </message>
    <message>
        <source>Owing in {section}</source>
        <translation>Débiteurs en {section}</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>sans classe</translation>
    </message>
    <message>
        <source>Owing in grade {grade}</source>
        <translation>Débiteurs du niveau {grade}</translation>
    </message>
    <message>
        <source>{section} · {subject}: marks not entered yet</source>
        <translation>{section} · {subject} : notes pas encore saisies</translation>
    </message>
    <message>
        <source>Assessments without a mark</source>
        <translation>Évaluations sans note</translation>
    </message>
    <message>
        <source>Taught by {teachers}.</source>
        <translation>Enseigné par {teachers}.</translation>
    </message>
    <message>
        <source>{subject}: grade {grade}, {term}</source>
        <translation>{subject} : note {grade}, {term}</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <source>The dashboard could not be saved to {path}: {reason}</source>
        <translation>Le tableau de bord n’a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>DayBookModel</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>{amount} (cancelled)</source>
        <translation>{amount} (annulé)</translation>
    </message>
</context>
<context>
    <name>DayBookScreen</name>
    <message>
        <source>Day book</source>
        <translation>Journal de caisse</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Only my receipts on this computer</source>
        <translation>Seulement mes reçus sur cet ordinateur</translation>
    </message>
    <message>
        <source>Close the cash…</source>
        <translation>Clôturer la caisse…</translation>
    </message>
    <message>
        <source>Print day book…</source>
        <translation>Imprimer le journal de caisse…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The day&apos;s payments, cancellations and totals as an Excel workbook or a CSV file</source>
        <translation>Les paiements, annulations et totaux du jour dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <source>Cancelled {number} ({amount}) by {who}: {reason}</source>
        <translation>{number} ({amount}) annulé par {who} : {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} receipts&lt;/b&gt;, {amount} received; net collected &lt;b&gt;{net}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} reçus&lt;/b&gt;, {amount} reçus ; net encaissé &lt;b&gt;{net}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By mode: {modes}</source>
        <translation>Par mode : {modes}</translation>
    </message>
    <message>
        <source>By cashier: {cashiers}</source>
        <translation>Par caissier : {cashiers}</translation>
    </message>
    <message>
        <source>Closed by {who}: expected {e}, counted {c}, difference {d}{note}</source>
        <translation>Clôturée par {who} : attendu {e}, compté {c}, écart {d}{note}</translation>
    </message>
    <message>
        <source>Your cash for this day is closed on this computer.</source>
        <translation>Votre caisse de ce jour est clôturée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cash expected in your drawer: {amount}</source>
        <translation>Espèces attendues dans votre tiroir : {amount}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the day book</source>
        <translation>Exporter le journal de caisse</translation>
    </message>
    <message>
        <source>Exporting the day book…</source>
        <translation>Exportation du journal de caisse…</translation>
    </message>
    <message>
        <source>Day book of {day} exported to {path}</source>
        <translation>Journal de caisse du {day} exporté dans {path}</translation>
    </message>
    <message>
        <source>The day book could not be exported: {reason}</source>
        <translation>Le journal de caisse n’a pas pu être exporté : {reason}</translation>
    </message>
</context>
<context>
    <name>DefaultersModel</name>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du responsable</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Plus ancienne échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
</context>
<context>
    <name>DefaultersScreen</name>
    <message>
        <source>Defaulters</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Any balance</source>
        <translation>Tout solde</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <source>Over 60 days</source>
        <translation>Plus de 60 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <source>{n} students owe {amount}</source>
        <translation>{n} élèves doivent {amount}</translation>
    </message>
    <message>
        <source>Export defaulters</source>
        <translation>Exporter les impayés</translation>
    </message>
    <message>
        <source>The list as shown, with the filters applied, on paper</source>
        <translation>La liste telle qu’affichée, filtres appliqués, sur papier</translation>
    </message>
    <message>
        <source>The list as shown, with the filters applied, as a PDF file</source>
        <translation>La liste telle qu’affichée, filtres appliqués, en fichier PDF</translation>
    </message>
    <message>
        <source>Section: {section} · {age}</source>
        <translation>Classe : {section} · {age}</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Imprimé le {day}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Making the list as a PDF…</source>
        <translation>Création de la liste en PDF…</translation>
    </message>
    <message>
        <source>The list could not be made as a PDF: {reason}</source>
        <translation>La liste n’a pas pu être créée en PDF : {reason}</translation>
    </message>
    <message>
        <source>Save the defaulters list as PDF</source>
        <translation>Enregistrer la liste des impayés en PDF</translation>
    </message>
    <message>
        <source>Defaulters list saved to {path}</source>
        <translation>Liste des impayés enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The roster is imported.</source>
        <translation>La liste des élèves est importée.</translation>
    </message>
    <message>
        <source>{new} new student(s), {changed} updated, {same} already up to date; {enrolled} put in a section. The changes reach the school&apos;s server at the next sync.</source>
        <translation>{new} nouvel(s) élève(s), {changed} mis à jour, {same} déjà à jour ; {enrolled} placés dans une classe. Les modifications arriveront au serveur de l’école à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Filter the list…</source>
        <translation>Filtrer la liste…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown} lignes sur {total}</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list could not be saved to {path}: {reason}</source>
        <translation>La liste n’a pas pu être enregistrée dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Daftar: something went wrong</source>
        <translation>Daftar : un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong, and Daftar could not finish what it was doing.</source>
        <translation>Un problème est survenu et Daftar n’a pas pu terminer ce qu’il faisait.</translation>
    </message>
    <message>
        <source>What happened: {summary}

Work that was saved is safe. The details are in the log file:
{logfile}

If it happens again, send that file to the person who looks after Daftar at your school.</source>
        <translation>Ce qui s’est passé : {summary}

Le travail enregistré est en sécurité. Les détails sont dans le journal :
{logfile}

Si cela se reproduit, envoyez ce fichier à la personne qui s’occupe de Daftar dans votre école.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Cannot open the school file</source>
        <translation>Impossible d’ouvrir le fichier d’école</translation>
    </message>
    <message>
        <source>Daftar cannot open this school file.</source>
        <translation>Daftar ne peut pas ouvrir ce fichier d’école.</translation>
    </message>
</context>
<context>
    <name>FeeHeadDialog</name>
    <message>
        <source>New fee head</source>
        <translation>Nouveau poste de frais</translation>
    </message>
    <message>
        <source>e.g. TRN</source>
        <translation>ex. TRN</translation>
    </message>
    <message>
        <source>e.g. School transport</source>
        <translation>ex. Transport scolaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>FeeStructures</name>
    <message>
        <source>Type the percentage.</source>
        <translation>Saisissez le pourcentage.</translation>
    </message>
    <message>
        <source>The percentage must be more than zero.</source>
        <translation>Le pourcentage doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>“{typed}” is not a percentage; type e.g. 12.5.</source>
        <translation>« {typed} » n’est pas un pourcentage ; saisissez par ex. 12,5.</translation>
    </message>
    <message>
        <source>A percentage is at most 100.</source>
        <translation>Un pourcentage vaut au plus 100.</translation>
    </message>
    <message>
        <source>Type the amount.</source>
        <translation>Saisissez le montant.</translation>
    </message>
</context>
<context>
    <name>FeeStructuresDialog</name>
    <message>
        <source>Fee structures</source>
        <translation>Grilles de frais</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>Grille de frais</translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation>Poste de frais</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>Remove from structure</source>
        <translation>Retirer de la grille</translation>
    </message>
    <message>
        <source>New fee head…</source>
        <translation>Nouveau poste de frais…</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>due on</source>
        <translation>échéance le</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Émettre les factures</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Pénalité de retard</translation>
    </message>
    <message>
        <source>No late fees</source>
        <translation>Pas de pénalité de retard</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>Un montant fixe</translation>
    </message>
    <message>
        <source>A percentage of what is owed</source>
        <translation>Un pourcentage du restant dû</translation>
    </message>
    <message>
        <source>Late fee amount or percentage</source>
        <translation>Montant ou pourcentage de la pénalité</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days after the due date</source>
        <translation>Jours après l’échéance</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Only the principal or an admin sets the rule.</source>
        <translation>Seul le directeur ou un administrateur fixe la règle.</translation>
    </message>
    <message>
        <source>Charge late fees now</source>
        <translation>Appliquer les pénalités maintenant</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation>après l’échéance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <source>Kind of concession</source>
        <translation>Type de réduction</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (kept with each concession)</source>
        <translation>Motif (gardé avec chaque réduction)</translation>
    </message>
    <message>
        <source>Grant to the category</source>
        <translation>Accorder à la catégorie</translation>
    </message>
    <message>
        <source>Concession for a category of students (this term&apos;s invoices)</source>
        <translation>Réduction pour une catégorie d’élèves (factures de ce trimestre)</translation>
    </message>
    <message>
        <source>Grade {number}</source>
        <translation>Niveau {number}</translation>
    </message>
    <message>
        <source>Whole invoice</source>
        <translation>Toute la facture</translation>
    </message>
    <message>
        <source>No student has a category</source>
        <translation>Aucun élève n’a de catégorie</translation>
    </message>
    <message>
        <source>This term&apos;s year has no classes yet.</source>
        <translation>L’année de ce trimestre n’a pas encore de classes.</translation>
    </message>
    <message>
        <source>Tick at least one fee to issue.</source>
        <translation>Cochez au moins un frais à émettre.</translation>
    </message>
    <message>
        <source>No fees set for this grade and term: set each fee head&apos;s amount.</source>
        <translation>Aucun frais fixé pour ce niveau et ce trimestre : fixez le montant de chaque poste.</translation>
    </message>
    <message>
        <source>{total} a student. {to_bill} of {students} students have fees not billed yet, {amount} in all; {billed} are billed already and are skipped.</source>
        <translation>{total} par élève. {to_bill} élèves sur {students} ont des frais pas encore facturés, {amount} en tout ; {billed} sont déjà facturés et sont ignorés.</translation>
    </message>
    <message>
        <source>Issue {invoices} to {students}</source>
        <translation>Émettre {invoices} pour {students}</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued {invoices} to {students}, {amount} in all.</source>
        <translation>{invoices} émises pour {students}, {amount} en tout.</translation>
    </message>
    <message>
        <source>Nothing to issue: every student is billed already.</source>
        <translation>Rien à émettre : tous les élèves sont déjà facturés.</translation>
    </message>
    <message numerus="yes">
        <source>Late fees charged on %n invoice(s), {amount} in all.</source>
        <translation>
            <numerusform>Pénalité appliquée sur %n facture, {amount} en tout.</numerusform>
            <numerusform>Pénalités appliquées sur %n factures, {amount} en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Concession granted on %n invoice(s), {amount} in all; {skipped} already had it.</source>
        <translation>
            <numerusform>Réduction accordée sur %n facture, {amount} en tout ; {skipped} l’avaient déjà.</numerusform>
            <numerusform>Réduction accordée sur %n factures, {amount} en tout ; {skipped} l’avaient déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school charges no late fees.</source>
        <translation>L’école n’applique pas de pénalité de retard.</translation>
    </message>
    <message>
        <source>{total} a student. All {students} students of the grade are billed for the fees ticked.</source>
        <translation>{total} par élève. Les {students} élèves du niveau sont facturés pour les frais cochés.</translation>
    </message>
    <message>
        <source>{percent} % of what is still owed</source>
        <translation>{percent} % du restant dû</translation>
    </message>
    <message>
        <source>Rule: {what}, once per invoice, when it is still unpaid {days} days after its due date.</source>
        <translation>Règle : {what}, une fois par facture, si elle est toujours impayée {days} jours après son échéance.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Choose a term, a grade and a fee head first.</source>
        <translation>Choisissez d’abord un trimestre, un niveau et un poste de frais.</translation>
    </message>
    <message>
        <source>Saved. Invoices already issued keep their amounts.</source>
        <translation>Enregistré. Les factures déjà émises gardent leurs montants.</translation>
    </message>
    <message>
        <source>{head} is no longer charged to this grade; issued invoices keep it.</source>
        <translation>{head} n’est plus facturé à ce niveau ; les factures émises le gardent.</translation>
    </message>
    <message>
        <source>Fee head {code} added.</source>
        <translation>Poste de frais {code} ajouté.</translation>
    </message>
    <message>
        <source>The late-fee rule is saved.</source>
        <translation>La règle des pénalités de retard est enregistrée.</translation>
    </message>
    <message>
        <source>No invoice is late enough for a late fee.</source>
        <translation>Aucune facture n’est assez en retard pour une pénalité.</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>The kinds of fee and what each costs a grade level in a term. Invoices already issued keep their amounts.</source>
        <translation>Les types de frais et ce que chacun coûte à un niveau pour un trimestre. Les factures déjà émises gardent leurs montants.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Add a Fee…</source>
        <translation>Ajouter des frais…</translation>
    </message>
    <message>
        <source>Edit the Fee…</source>
        <translation>Modifier les frais…</translation>
    </message>
    <message>
        <source>Remove the Fee</source>
        <translation>Retirer les frais</translation>
    </message>
    <message>
        <source>Fee structure</source>
        <translation>Grille de frais</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add an Amount…</source>
        <translation>Ajouter un montant…</translation>
    </message>
    <message>
        <source>Edit the Amount…</source>
        <translation>Modifier le montant…</translation>
    </message>
    <message>
        <source>Remove the Amount</source>
        <translation>Retirer le montant</translation>
    </message>
    <message>
        <source>Issue Invoices, Late Fees, Concessions…</source>
        <translation>Factures, pénalités, réductions…</translation>
    </message>
    <message>
        <source>The Fees screen&apos;s fee structures: bill a grade for a term.</source>
        <translation>Les grilles de frais de l’écran Frais de scolarité : facturer un niveau pour un trimestre.</translation>
    </message>
    <message>
        <source>a fee</source>
        <translation>des frais</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>e.g. TUI</source>
        <translation>ex. TUI</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>e.g. Tuition</source>
        <translation>ex. Scolarité</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <source>Fee Amount</source>
        <translation>Montant des frais</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Trimestre :</translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Frais :</translation>
    </message>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Montant ({currency}) :</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Échéance :</translation>
    </message>
</context>
<context>
    <name>FeesScreen</name>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>Find a student by name, admission number or guardian&apos;s phone.</source>
        <translation>Trouvez un élève par son nom, son numéro d’inscription ou le téléphone de son responsable.</translation>
    </message>
    <message>
        <source>Fee structures…</source>
        <translation>Grilles de frais…</translation>
    </message>
    <message>
        <source>What each grade pays per term; issue invoices; late fees</source>
        <translation>Ce que paie chaque niveau par trimestre ; émettre les factures ; pénalités de retard</translation>
    </message>
    <message>
        <source>Print receipts…</source>
        <translation>Imprimer des reçus…</translation>
    </message>
    <message>
        <source>A day&apos;s or a student&apos;s receipts as one PDF</source>
        <translation>Les reçus d’un jour ou d’un élève en un seul PDF</translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation>Rechercher par nom, numéro d’inscription ou téléphone du responsable</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Rechercher des élèves</translation>
    </message>
    <message>
        <source>Students found</source>
        <translation>Élèves trouvés</translation>
    </message>
    <message>
        <source>No student chosen</source>
        <translation>Aucun élève choisi</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Take a payment…</source>
        <translation>Encaisser un paiement…</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Cancel payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
    <message>
        <source>Concession…</source>
        <translation>Réduction…</translation>
    </message>
    <message>
        <source>Reduce what the student owes on an invoice (principal or admin)</source>
        <translation>Réduire ce que l’élève doit sur une facture (directeur ou administrateur)</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>Feuille A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rouleau 80 mm</translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation>Format du reçu</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>Admission no. {number}</source>
        <translation>N° d’inscription {number}</translation>
    </message>
    <message>
        <source>This student has left or graduated. Only what is still owed can be paid; nothing in advance.</source>
        <translation>Cet élève est parti ou diplômé. Seul ce qui est encore dû peut être payé ; rien d’avance.</translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation>Doit {amount}</translation>
    </message>
    <message>
        <source>In advance {amount}</source>
        <translation>D’avance {amount}</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <source>Receipt {number} is cancelled.</source>
        <translation>Le reçu {number} est annulé.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>The receipt is ready.</source>
        <translation>Le reçu est prêt.</translation>
    </message>
    <message>
        <source>Payment saved on this computer. Its receipt is ready.</source>
        <translation>Paiement enregistré sur cet ordinateur. Son reçu est prêt.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Choisir le fichier de la liste des élèves</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one row a student and a header row. Students are matched on their admission number: importing the same file again changes nothing.</source>
        <translation>Un fichier CSV ou un classeur Excel (.xlsx) avec une ligne par élève et une ligne d’en-tête. Les élèves sont reconnus par leur numéro d’inscription : importer le même fichier une seconde fois ne change rien.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>sheet &quot;{sheet}&quot;</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{name}: {kind} ({where}), {rows} student row(s) under the header on row {line}.</source>
        <translation>{name} : {kind} ({where}), {rows} ligne(s) d’élèves sous l’en-tête de la ligne {line}.</translation>
    </message>
</context>
<context>
    <name>GradeScaleDialog</name>
    <message>
        <source>Grade scale</source>
        <translation>Barème des notes</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>À partir de %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a grade</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lowest passing grade</source>
        <translation>Note minimale de réussite</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>GradeScalesPage</name>
    <message>
        <source>Grade scales</source>
        <translation>Barèmes de notes</translation>
    </message>
    <message>
        <source>How a percentage becomes a grade. The bands cover 0 to 100% with no gap; the scale saved last is the one results use.</source>
        <translation>Comment un pourcentage devient une note. Les tranches couvrent 0 à 100 % sans trou ; le dernier barème enregistré est celui des résultats.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Barème</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Passing from</source>
        <translation>Réussite à partir de</translation>
    </message>
    <message>
        <source>Used for results</source>
        <translation>Utilisé pour les résultats</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Add a Scale…</source>
        <translation>Ajouter un barème…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>un barème</translation>
    </message>
    <message>
        <source>Grade Scale</source>
        <translation>Barème des notes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>À partir de %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Grade bands</source>
        <translation>Tranches de notes</translation>
    </message>
    <message>
        <source>Add a Band</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove the Band</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <source>Lowest passing grade:</source>
        <translation>Note minimale de réussite :</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Noté par</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>Holidays &amp; weekends</source>
        <translation>Congés et week-ends</translation>
    </message>
    <message>
        <source>No roll call is taken on a weekend day, a holiday or a closed day. They are kept by the school&apos;s server and can be changed only online.</source>
        <translation>Aucun appel n’est fait un jour de week-end, un jour férié ou un jour de fermeture. Ils sont tenus par le serveur de l’école et ne peuvent être changés qu’en ligne.</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>Jours de week-end</translation>
    </message>
    <message>
        <source>Save the Weekend</source>
        <translation>Enregistrer le week-end</translation>
    </message>
    <message>
        <source>Holidays and closed days</source>
        <translation>Jours fériés et jours de fermeture</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Closed day</source>
        <translation>Jour de fermeture</translation>
    </message>
    <message>
        <source>Add Holidays…</source>
        <translation>Ajouter des congés…</translation>
    </message>
    <message>
        <source>Remove the Chosen Days</source>
        <translation>Retirer les jours choisis</translation>
    </message>
    <message>
        <source>Nothing to save: the weekend is as the server has it.</source>
        <translation>Rien à enregistrer : le week-end est tel que le serveur l’a.</translation>
    </message>
    <message>
        <source>Add Holidays</source>
        <translation>Ajouter des congés</translation>
    </message>
    <message>
        <source>Closed day (e.g. weather, elections)</source>
        <translation>Jour de fermeture (ex. météo, élections)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>e.g. Winter break</source>
        <translation>ex. Vacances d’hiver</translation>
    </message>
    <message>
        <source>Weekend days in between are left out. One day: the same first and last day.</source>
        <translation>Les jours de week-end entre les deux sont laissés de côté. Un seul jour : le même premier et dernier jour.</translation>
    </message>
    <message>
        <source>Choose the days to remove in the list first.</source>
        <translation>Choisissez d’abord dans la liste les jours à retirer.</translation>
    </message>
    <message>
        <source>Taken off the calendar on the school&apos;s server ({n}); this computer has the change once it has synced (now under way).</source>
        <translation>Retirés du calendrier sur le serveur de l’école ({n}) ; cet ordinateur aura le changement après la synchronisation (en cours).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Premier jour :</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Dernier jour :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>An attendance mark</source>
        <translation>Un pointage de présence</translation>
    </message>
    <message>
        <source>Your change to an attendance mark met a later one.</source>
        <translation>Votre modification d’un pointage de présence a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to an attendance mark</source>
        <translation>Refusé : votre modification d’un pointage de présence</translation>
    </message>
    <message>
        <source>Your change to an attendance mark was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification d’un pointage de présence a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A mark</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>Your change to a mark met a later one.</source>
        <translation>Votre modification d’une note a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a mark</source>
        <translation>Refusé : votre modification d’une note</translation>
    </message>
    <message>
        <source>Your change to a mark was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification d’une note a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>Un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment met a later one.</source>
        <translation>Votre modification d’un paiement a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a payment</source>
        <translation>Refusé : votre modification d’un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification d’un paiement a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A payment&apos;s allocation</source>
        <translation>La répartition d’un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s allocation met a later one.</source>
        <translation>Votre modification de la répartition d’un paiement a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a payment&apos;s allocation</source>
        <translation>Refusé : votre modification de la répartition d’un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s allocation was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification de la répartition d’un paiement a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A payment&apos;s cancellation</source>
        <translation>L’annulation d’un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s cancellation met a later one.</source>
        <translation>Votre modification de l’annulation d’un paiement a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a payment&apos;s cancellation</source>
        <translation>Refusé : votre modification de l’annulation d’un paiement</translation>
    </message>
    <message>
        <source>Your change to a payment&apos;s cancellation was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification de l’annulation d’un paiement a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A student&apos;s record</source>
        <translation>La fiche d’un élève</translation>
    </message>
    <message>
        <source>Your change to a student&apos;s record met a later one.</source>
        <translation>Votre modification de la fiche d’un élève a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a student&apos;s record</source>
        <translation>Refusé : votre modification de la fiche d’un élève</translation>
    </message>
    <message>
        <source>Your change to a student&apos;s record was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification de la fiche d’un élève a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>An enrolment</source>
        <translation>Une inscription</translation>
    </message>
    <message>
        <source>Your change to an enrolment met a later one.</source>
        <translation>Votre modification d’une inscription a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to an enrolment</source>
        <translation>Refusé : votre modification d’une inscription</translation>
    </message>
    <message>
        <source>Your change to an enrolment was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification d’une inscription a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A conflict&apos;s resolution</source>
        <translation>Le règlement d’un conflit</translation>
    </message>
    <message>
        <source>Your change to a conflict&apos;s resolution met a later one.</source>
        <translation>Votre modification du règlement d’un conflit a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a conflict&apos;s resolution</source>
        <translation>Refusé : votre modification du règlement d’un conflit</translation>
    </message>
    <message>
        <source>Your change to a conflict&apos;s resolution was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification du règlement d’un conflit a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Un enregistrement</translation>
    </message>
    <message>
        <source>Your change to a record met a later one.</source>
        <translation>Votre modification d’un enregistrement a croisé une modification plus récente.</translation>
    </message>
    <message>
        <source>Refused: your change to a record</source>
        <translation>Refusé : votre modification d’un enregistrement</translation>
    </message>
    <message>
        <source>Your change to a record was refused by the school&apos;s server: {reason}</source>
        <translation>Votre modification d’un enregistrement a été refusée par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>demi-journée</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non pointé</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>dispensé</translation>
    </message>
    <message>
        <source>{score}/{out_of}</source>
        <translation>{score}/{out_of}</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>l’élève</translation>
    </message>
    <message>
        <source>an assessment</source>
        <translation>une évaluation</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered on another device at {at}.</source>
        <translation>Votre note {lost} pour {student} en {assessment} a été remplacée par {kept}, que vous avez saisie sur un autre appareil à {at}.</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept}, which you entered on another device.</source>
        <translation>Votre note {lost} pour {student} en {assessment} a été remplacée par {kept}, que vous avez saisie sur un autre appareil.</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by} at {at}.</source>
        <translation>Votre note {lost} pour {student} en {assessment} a été remplacée par {kept}, saisie par {by} à {at}.</translation>
    </message>
    <message>
        <source>Your mark {lost} for {student} in {assessment} was replaced by {kept} entered by {by}.</source>
        <translation>Votre note {lost} pour {student} en {assessment} a été remplacée par {kept}, saisie par {by}.</translation>
    </message>
    <message>
        <source>Your mark {kept} for {student} in {assessment} is kept for now over {lost} entered by {by}.</source>
        <translation>Votre note {kept} pour {student} en {assessment} est gardée pour l’instant, à la place de {lost} saisie par {by}.</translation>
    </message>
    <message>
        <source>The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} entered by {kept_by} at {at}.</source>
        <translation>La note {lost} pour {student} en {assessment}, saisie par {lost_by}, a été remplacée par {kept}, saisie par {kept_by} à {at}.</translation>
    </message>
    <message>
        <source>The mark {lost} for {student} in {assessment}, entered by {lost_by}, was replaced by {kept} entered by {kept_by}.</source>
        <translation>La note {lost} pour {student} en {assessment}, saisie par {lost_by}, a été remplacée par {kept}, saisie par {kept_by}.</translation>
    </message>
    <message>
        <source>Choose which one is right.</source>
        <translation>Choisissez la bonne.</translation>
    </message>
    <message>
        <source>Keep {mark}</source>
        <translation>Garder {mark}</translation>
    </message>
    <message>
        <source>Keep {mark} ({person}&apos;s)</source>
        <translation>Garder {mark} (de {person})</translation>
    </message>
    <message>
        <source>Restore {mark} (yours)</source>
        <translation>Rétablir {mark} (la vôtre)</translation>
    </message>
    <message>
        <source>Restore {mark}</source>
        <translation>Rétablir {mark}</translation>
    </message>
    <message>
        <source>Restore {mark} ({person}&apos;s)</source>
        <translation>Rétablir {mark} (de {person})</translation>
    </message>
    <message>
        <source>Two marks for {student} in {assessment}</source>
        <translation>Deux notes pour {student} en {assessment}</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you marked on another device at {at}.</source>
        <translation>Votre pointage de {student} le {date} ({mine}) a été remplacé par « {theirs} », que vous avez pointé sur un autre appareil à {at}.</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, which you marked on another device.</source>
        <translation>Votre pointage de {student} le {date} ({mine}) a été remplacé par « {theirs} », que vous avez pointé sur un autre appareil.</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by {by} at {at}.</source>
        <translation>Votre pointage de {student} le {date} ({mine}) a été remplacé par « {theirs} », pointé par {by} à {at}.</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} ({mine}) was replaced by {theirs}, marked by {by}.</source>
        <translation>Votre pointage de {student} le {date} ({mine}) a été remplacé par « {theirs} », pointé par {by}.</translation>
    </message>
    <message>
        <source>Attendance of {student}</source>
        <translation>Présence de {student}</translation>
    </message>
    <message>
        <source>Mark of {student}</source>
        <translation>Note de {student}</translation>
    </message>
    <message>
        <source>Refused: the payment {amount} for {student} (receipt {receipt})</source>
        <translation>Refusé : le paiement de {amount} pour {student} (reçu {receipt})</translation>
    </message>
    <message>
        <source>The payment {amount} for {student} (receipt {receipt}) was refused by the school&apos;s server: {reason}</source>
        <translation>Le paiement de {amount} pour {student} (reçu {receipt}) a été refusé par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>Refused: the payment {amount} for {student}</source>
        <translation>Refusé : le paiement de {amount} pour {student}</translation>
    </message>
    <message>
        <source>The payment {amount} for {student} was refused by the school&apos;s server: {reason}</source>
        <translation>Le paiement de {amount} pour {student} a été refusé par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>Refused: the payment for {student}</source>
        <translation>Refusé : le paiement pour {student}</translation>
    </message>
    <message>
        <source>The payment for {student} was refused by the school&apos;s server: {reason}</source>
        <translation>Le paiement pour {student} a été refusé par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>Refused: your attendance mark for {student} on {date}</source>
        <translation>Refusé : votre pointage de {student} le {date}</translation>
    </message>
    <message>
        <source>Your attendance mark for {student} on {date} was refused by the school&apos;s server: {reason}</source>
        <translation>Votre pointage de {student} le {date} a été refusé par le serveur de l’école : {reason}</translation>
    </message>
    <message>
        <source>Refused: your mark for {student} in {assessment}</source>
        <translation>Refusé : votre note pour {student} en {assessment}</translation>
    </message>
    <message>
        <source>Your mark for {student} in {assessment} was refused by the school&apos;s server: {reason}</source>
        <translation>Votre note pour {student} en {assessment} a été refusée par le serveur de l’école : {reason}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Changes made on this computer by other people are waiting to be sent. Each person&apos;s changes are sent the next time they sign in here:</source>
        <translation>Des modifications faites sur cet ordinateur par d’autres personnes attendent d’être envoyées. Celles de chaque personne partent à sa prochaine connexion ici :</translation>
    </message>
    <message numerus="yes">
        <source>{name} — changes waiting: %n, the oldest made {when}</source>
        <translation>
            <numerusform>{name} — modification en attente : %n, la plus ancienne faite {when}</numerusform>
            <numerusform>{name} — modifications en attente : %n, la plus ancienne faite {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Changes waiting from other people</source>
        <translation>Modifications en attente d’autres personnes</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>You have read this; take it out of the inbox</source>
        <translation>Vous l’avez lu ; retirez-le de la boîte de réception</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <translation>
            <numerusform>%n élément demande votre attention.</numerusform>
            <numerusform>%n éléments demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs your attention. Conflicts and changes the school&apos;s server refused will appear here after a sync.</source>
        <translation>Rien ne demande votre attention. Les conflits et les modifications refusées par le serveur de l’école apparaîtront ici après une synchronisation.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Restore mine</source>
        <translation>Rétablir la mienne</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Écarté.</translation>
    </message>
    <message>
        <source>Saved. The choice is sent with the next sync.</source>
        <translation>Enregistré. Le choix sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Pénalité de retard</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Cancelled: this receipt keeps its number</source>
        <translation>Annulé : ce reçu garde son numéro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This school file is not signed in to a server: it is kept on this computer only.</source>
        <translation>Ce fichier d’école n’est connecté à aucun serveur : il est conservé sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>{school} — {person} — Daftar</source>
        <translation>{school} — {person} — Daftar</translation>
    </message>
    <message>
        <source>{school} — Daftar</source>
        <translation>{school} — Daftar</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>Day Book</source>
        <translation>Journal de caisse</translation>
    </message>
    <message>
        <source>Defaulters</source>
        <translation>Impayés</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>S&amp;witch School…</source>
        <translation>&amp;Changer d’école…</translation>
    </message>
    <message>
        <source>&amp;Open School File…</source>
        <translation>&amp;Ouvrir un fichier d’école…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation>Changer d’&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Daftar</source>
        <translation>À &amp;propos de Daftar</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of {school} on this computer?</source>
        <translation>Se déconnecter de {school} sur cet ordinateur ?</translation>
    </message>
    <message numerus="yes">
        <source>Changes waiting to be sent: %n. They stay saved on this computer and are sent the next time someone allowed to send them signs in.</source>
        <translation>
            <numerusform>Modification en attente d’envoi : %n. Elle reste enregistrée sur cet ordinateur et sera envoyée à la prochaine connexion d’une personne autorisée.</numerusform>
            <numerusform>Modifications en attente d’envoi : %n. Elles restent enregistrées sur cet ordinateur et seront envoyées à la prochaine connexion d’une personne autorisée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent. You will need the school&apos;s server to sign in again; unlocking with your password works offline only while you are signed in.</source>
        <translation>Tout est envoyé. Il faudra le serveur de l’école pour vous reconnecter ; le déverrouillage par mot de passe hors ligne ne marche que tant que vous êtes connecté.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>About Daftar</source>
        <translation>À propos de Daftar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daftar&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Daftar&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for schools. Everything is kept on this computer and works without the internet; it is sent to the school&apos;s server when a connection is there.

School file: {path}
Log file: {log}</source>
        <translation>Présences, notes, frais de scolarité et reçus pour les écoles. Tout est conservé sur cet ordinateur et fonctionne sans internet ; c’est envoyé au serveur de l’école quand une connexion est là.

Fichier d’école : {path}
Journal : {log}</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Daftar guessed which column holds what from the headers. Correct it where it is wrong; a field that is not in the file is left as the school has it.</source>
        <translation>Daftar a deviné le contenu de chaque colonne d’après les en-têtes. Corrigez là où c’est faux ; un champ absent du fichier reste tel que l’école l’a.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows, as Daftar reads them:</source>
        <translation>Les premières lignes, telles que Daftar les lit :</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>{header}
(not imported)</source>
        <translation>{header}
(non importé)</translation>
    </message>
</context>
<context>
    <name>MarkDelegate</name>
    <message>
        <source>Mark</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MarksGridModel</name>
    <message>
        <source>Roll</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>{name}: {category}, out of {max}, weight {weight} in its category, {date}</source>
        <translation>{name} : {category}, sur {max}, poids {weight} dans sa catégorie, {date}</translation>
    </message>
    <message>
        <source>Term %</source>
        <translation>Trimestre %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Counted as shown above the grid: absent is 0, exempt is left out, an empty category gives its weight to the others.</source>
        <translation>Calcul indiqué au-dessus de la grille : absent compte 0, dispensé est exclu, une catégorie vide donne son poids aux autres.</translation>
    </message>
    <message>
        <source>{name} left this class on {date}</source>
        <translation>{name} a quitté cette classe le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet: the result is provisional.</source>
        <translation>
            <numerusform>%n note pas encore saisie : le résultat est provisoire.</numerusform>
            <numerusform>%n notes pas encore saisies : le résultat est provisoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved on this computer, waiting to sync</source>
        <translation>Enregistré sur cet ordinateur, en attente de synchronisation</translation>
    </message>
    <message>
        <source>Synced with the school&apos;s server</source>
        <translation>Synchronisé avec le serveur de l’école</translation>
    </message>
    <message>
        <source>Conflict: {note} Resolve it in the inbox.</source>
        <translation>Conflit : {note} Réglez-le dans la boîte de réception.</translation>
    </message>
    <message>
        <source>The server refused this mark: {note}</source>
        <translation>Le serveur a refusé cette note : {note}</translation>
    </message>
    <message>
        <source>ab</source>
        <translation>abs</translation>
    </message>
    <message>
        <source>ex</source>
        <translation>disp</translation>
    </message>
</context>
<context>
    <name>MarksScreen</name>
    <message>
        <source>Marks</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Class and subject</source>
        <translation>Classe et matière</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Edit assessment…</source>
        <translation>Modifier l’évaluation…</translation>
    </message>
    <message>
        <source>How the term % is counted: absent (ab) counts 0; exempt (ex) and empty cells are left out; each category&apos;s average is weighted by the subject&apos;s category weights, and a category with no marks yet gives its weight to the others. * means marks are still missing.</source>
        <translation>Calcul du % du trimestre : absent (abs) compte 0 ; dispensé (disp) et les cases vides sont exclus ; la moyenne de chaque catégorie est pondérée par les poids de la matière, et une catégorie sans note donne son poids aux autres. * signifie que des notes manquent encore.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d99a1e&apos;&gt;●&lt;/span&gt; waiting to sync &amp;nbsp; &lt;span style=&apos;color:#2e8b57&apos;&gt;●&lt;/span&gt; synced &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;●&lt;/span&gt; conflict (see the inbox) &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;●&lt;/span&gt; refused by the server &amp;nbsp; &lt;span style=&apos;background:#fde2e1; color:#b3261e&apos;&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; not saved: hover for the reason</source>
        <translation>&lt;span style=&apos;color:#d99a1e&apos;&gt;●&lt;/span&gt; en attente &amp;nbsp; &lt;span style=&apos;color:#2e8b57&apos;&gt;●&lt;/span&gt; synchronisé &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;●&lt;/span&gt; conflit (voir la boîte de réception) &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;●&lt;/span&gt; refusé par le serveur &amp;nbsp; &lt;span style=&apos;background:#fde2e1; color:#b3261e&apos;&gt;&amp;nbsp;rouge&amp;nbsp;&lt;/span&gt; non enregistré : survolez pour la raison</translation>
    </message>
    <message>
        <source> (published)</source>
        <translation> (publié)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (fermé)</translation>
    </message>
    <message>
        <source>You have no classes to enter marks for.</source>
        <translation>Vous n’avez aucune classe pour laquelle saisir des notes.</translation>
    </message>
    <message>
        <source>{students} · {assessments} · {term}</source>
        <translation>{students} · {assessments} · {term}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation>{term} est publié : ses notes et résultats sont figés.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed by the principal: marks are read-only.</source>
        <translation>La saisie des notes de {term} est fermée par le directeur : les notes sont en lecture seule.</translation>
    </message>
    <message>
        <source>Category weights: {weights}</source>
        <translation>Poids des catégories : {weights}</translation>
    </message>
    <message>
        <source>No category weights set for this subject: categories weigh the same.</source>
        <translation>Aucun poids de catégorie pour cette matière : les catégories comptent autant.</translation>
    </message>
    <message>
        <source>No assessments yet: add one with “New assessment…”.</source>
        <translation>Pas encore d’évaluation : ajoutez-en une avec « Nouvelle évaluation… ».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{saved} saved; {bad} refused: {reason}</source>
        <translation>{saved} enregistrées ; {bad} refusées : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer (%n mark(s)).</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur (%n note).</numerusform>
            <numerusform>Enregistré sur cet ordinateur (%n notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved, shown in red: hover for the reason.</source>
        <translation>
            <numerusform>%n valeur non enregistrée, en rouge : survolez pour la raison.</numerusform>
            <numerusform>%n valeurs non enregistrées, en rouge : survolez pour la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Not a mark: {reason}</source>
        <translation>Pas une note : {reason}</translation>
    </message>
</context>
<context>
    <name>MarksTable</name>
    <message>
        <source>Mark entry for {term} is closed: nothing was pasted.</source>
        <translation>La saisie des notes de {term} est fermée : rien n’a été collé.</translation>
    </message>
    <message>
        <source>Click the first cell to fill (a mark cell), then paste.</source>
        <translation>Cliquez sur la première case à remplir (une case de note), puis collez.</translation>
    </message>
    <message>
        <source>The clipboard holds no marks to paste.</source>
        <translation>Le presse-papiers ne contient aucune note à coller.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is {rows} row(s) by {cols} column(s), but from this cell there are {free_rows} student(s) below and {free_cols} assessment(s) across.</source>
        <translation>Rien n’a été collé : le bloc fait {rows} ligne(s) sur {cols} colonne(s), mais à partir de cette case il y a {free_rows} élève(s) en dessous et {free_cols} évaluation(s) à droite.</translation>
    </message>
    <message>
        <source>Pasted {good} mark(s); {bad} refused, shown in red: {first}</source>
        <translation>{good} note(s) collée(s) ; {bad} refusée(s), en rouge : {first}</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n mark(s).</source>
        <translation>
            <numerusform>%n note collée.</numerusform>
            <numerusform>%n notes collées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Roll</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pres.</source>
        <translation>Prés.</translation>
    </message>
    <message>
        <source>Abs.</source>
        <translation>Abs.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Open list…</source>
        <translation>Ouvrir la liste…</translation>
    </message>
    <message>
        <source>Open the list of {title}</source>
        <translation>Ouvrir la liste : {title}</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Type the amount received.</source>
        <translation>Saisissez le montant reçu.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; to give money back, cancel the payment.</source>
        <translation>Le montant ne peut pas être négatif ; pour rendre de l’argent, annulez le paiement.</translation>
    </message>
    <message>
        <source>This currency has no smaller unit: type a whole amount.</source>
        <translation>Cette devise n’a pas de sous-unité : saisissez un montant entier.</translation>
    </message>
    <message>
        <source>This currency has {digits} decimal places; the amount has more.</source>
        <translation>Cette devise a {digits} décimales ; le montant en a plus.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This amount is larger than any payment a school takes at once; check the zeros.</source>
        <translation>Ce montant dépasse tout paiement qu’une école reçoit en une fois ; vérifiez les zéros.</translation>
    </message>
    <message>
        <source>“{typed}” is not an amount; type digits, e.g. {example}.</source>
        <translation>« {typed} » n’est pas un montant ; saisissez des chiffres, par ex. {example}.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take a payment</source>
        <translation>Encaisser un paiement</translation>
    </message>
    <message>
        <source>Owes {amount}</source>
        <translation>Doit {amount}</translation>
    </message>
    <message>
        <source>Nothing due (in advance: {amount})</source>
        <translation>Rien à payer (d’avance : {amount})</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <source>This student has left or graduated: only what is still owed can be paid, nothing in advance.</source>
        <translation>Cet élève est parti ou diplômé : seul ce qui est encore dû peut être payé, rien d’avance.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Oldest dues first</source>
        <translation>Les plus anciennes échéances d’abord</translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation>Je choisis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>Enregistrer et imprimer le reçu</translation>
    </message>
    <message>
        <source>Allocate to</source>
        <translation>Affecter à</translation>
    </message>
    <message>
        <source>Cheque number</source>
        <translation>Numéro de chèque</translation>
    </message>
    <message>
        <source>Transfer reference</source>
        <translation>Référence du virement</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Identifiant de transaction</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>This student has left: at most {amount} (what is still owed) can be paid.</source>
        <translation>Cet élève est parti : au plus {amount} (ce qui est encore dû) peut être payé.</translation>
    </message>
    <message>
        <source>Type the {what}.</source>
        <translation>Saisissez : {what}.</translation>
    </message>
    <message>
        <source>The amounts allocated add up to more than the payment.</source>
        <translation>Les montants affectés dépassent le paiement.</translation>
    </message>
    <message>
        <source>More than is open on {number}.</source>
        <translation>Plus que ce qui reste ouvert sur {number}.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>RatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Days marked</source>
        <translation>Jours notés</translation>
    </message>
    <message>
        <source>Days absent</source>
        <translation>Jours d’absence</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>ReceiptBatchDialog</name>
    <message>
        <source>Print receipts</source>
        <translation>Imprimer des reçus</translation>
    </message>
    <message>
        <source>The receipts of a day</source>
        <translation>Les reçus d’un jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Only the ones I took</source>
        <translation>Seulement ceux que j’ai encaissés</translation>
    </message>
    <message>
        <source>Every receipt of {name}</source>
        <translation>Tous les reçus de {name}</translation>
    </message>
    <message>
        <source>Every receipt of a student (open one on the Fees screen)</source>
        <translation>Tous les reçus d’un élève (ouvrez-en un dans l’écran Frais de scolarité)</translation>
    </message>
    <message>
        <source>A5 sheet</source>
        <translation>Feuille A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>Rouleau 80 mm</translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation>Format du reçu</translation>
    </message>
    <message>
        <source>Mark as DUPLICATE (they were printed before)</source>
        <translation>Marquer DUPLICATA (déjà imprimés)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) on {day}.</source>
        <translation>
            <numerusform>%n reçu le {day}.</numerusform>
            <numerusform>%n reçus le {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s).</source>
        <translation>
            <numerusform>%n reçu.</numerusform>
            <numerusform>%n reçus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Making %n receipt(s)…</source>
        <translation>
            <numerusform>Création de %n reçu…</numerusform>
            <numerusform>Création de %n reçus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved in {file}.</source>
        <translation>
            <numerusform>%n reçu enregistré dans {file}.</numerusform>
            <numerusform>%n reçus enregistrés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the receipts as PDF</source>
        <translation>Enregistrer les reçus en PDF</translation>
    </message>
    <message>
        <source>Stopped. No file was saved.</source>
        <translation>Arrêté. Aucun fichier n’a été enregistré.</translation>
    </message>
    <message>
        <source>The receipts could not be saved: {reason}</source>
        <translation>Les reçus n’ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>RegisterScreen</name>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Double-click a student in the month or the rates to see their history.</source>
        <translation>Double-cliquez sur un élève dans le mois ou les taux pour voir son historique.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Fichiers PDF (*.pdf);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Rates and chronic absence</source>
        <translation>Taux et absentéisme chronique</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Chronic absentees</source>
        <translation>Absentéistes chroniques</translation>
    </message>
    <message>
        <source>{name} ({admission}) · rate {rate} over {days} school days · {totals}</source>
        <translation>{name} ({admission}) · taux {rate} sur {days} jours de classe · {totals}</translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>aucune marque</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Enregistrer le registre en PDF</translation>
    </message>
    <message>
        <source>Register saved as {path}</source>
        <translation>Registre enregistré sous {path}</translation>
    </message>
    <message>
        <source>No section to show.</source>
        <translation>Aucune classe à afficher.</translation>
    </message>
    <message>
        <source>{section} · {days} school days in {month}</source>
        <translation>{section} · {days} jours de classe en {month}</translation>
    </message>
    <message>
        <source>Section rate this month: {rate}</source>
        <translation>Taux de la classe ce mois-ci : {rate}</translation>
    </message>
    <message>
        <source>Chronic absentees: below {threshold} % over the last {days} school days (to {day}): {count}</source>
        <translation>Absentéistes chroniques : moins de {threshold} % sur les {days} derniers jours de classe (jusqu’au {day}) : {count}</translation>
    </message>
</context>
<context>
    <name>RemarksDialog</name>
    <message>
        <source>A few sentences for the report card</source>
        <translation>Quelques phrases pour le bulletin</translation>
    </message>
    <message>
        <source>Report card remarks</source>
        <translation>Appréciations du bulletin</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Each remark is saved on this computer when you leave its cell. The square beside it: amber waiting to sync, green synced, red refused (the reason is in its tooltip). Grey columns are not yours to write.</source>
        <translation>Chaque appréciation est enregistrée sur cet ordinateur quand vous quittez sa case. Le carré à côté : orange en attente de synchronisation, vert synchronisé, rouge refusé (la raison est dans l’info-bulle). Les colonnes grises ne sont pas à vous.</translation>
    </message>
    <message>
        <source>Remarks — {section}, {term}</source>
        <translation>Appréciations — {section}, {term}</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} est publié ; ses bulletins sont figés.</translation>
    </message>
    <message>
        <source>the class teacher&apos;s remarks</source>
        <translation>les appréciations du professeur principal</translation>
    </message>
    <message>
        <source>the principal&apos;s remarks</source>
        <translation>les appréciations du directeur</translation>
    </message>
    <message>
        <source>You write {what}.</source>
        <translation>Vous rédigez {what}.</translation>
    </message>
    <message>
        <source>Saved the remark for {name}.</source>
        <translation>Appréciation de {name} enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>RemarksModel</name>
    <message>
        <source>Roll</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Class teacher&apos;s remarks</source>
        <translation>Appréciations du professeur principal</translation>
    </message>
    <message>
        <source>Principal&apos;s remarks</source>
        <translation>Appréciations du directeur</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Refused by the server: {reason}</source>
        <translation>Refusé par le serveur : {reason}</translation>
    </message>
    <message>
        <source>In conflict with another change; see the conflicts inbox.</source>
        <translation>En conflit avec une autre modification ; voyez la boîte de réception.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Written by {who} on {when}; saved on this computer, waiting to sync.</source>
        <translation>Écrit par {who} le {when} ; enregistré sur cet ordinateur, en attente de synchronisation.</translation>
    </message>
    <message>
        <source>Written by {who} on {when}; synced.</source>
        <translation>Écrit par {who} le {when} ; synchronisé.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Overall %</source>
        <translation>Global %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{term} ({weight}%)</source>
        <translation>{term} ({weight} %)</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Final %</translation>
    </message>
    <message>
        <source>Provisional: a term has no result yet or is not published.</source>
        <translation>Provisoire : un trimestre n’a pas encore de résultat ou n’est pas publié.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) not entered yet.</source>
        <translation>
            <numerusform>%n note pas encore saisie.</numerusform>
            <numerusform>%n notes pas encore saisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {percent} ({share}% of the result)</source>
        <translation>{category} : {percent} ({share} % du résultat)</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Report cards…</source>
        <translation>Bulletins…</translation>
    </message>
    <message>
        <source>Every student&apos;s report card of this class and term, in one PDF; with one student selected, that student&apos;s card only</source>
        <translation>Les bulletins de tous les élèves de cette classe et de ce trimestre, dans un seul PDF ; avec un élève sélectionné, seulement le sien</translation>
    </message>
    <message>
        <source>Remarks…</source>
        <translation>Appréciations…</translation>
    </message>
    <message>
        <source>The class teacher&apos;s and the principal&apos;s remarks for the report cards of this class and term</source>
        <translation>Les appréciations du professeur principal et du directeur pour les bulletins de cette classe et de ce trimestre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>This class&apos;s term results (each subject&apos;s %, the overall %, grade and position) as an Excel workbook or a CSV file</source>
        <translation>Les résultats du trimestre de cette classe (le % de chaque matière, le % global, la note et le rang) dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <source>Publish term…</source>
        <translation>Publier le trimestre…</translation>
    </message>
    <message>
        <source>Category weights…</source>
        <translation>Poids des catégories…</translation>
    </message>
    <message>
        <source>Grade scale…</source>
        <translation>Barème des notes…</translation>
    </message>
    <message>
        <source>Each subject&apos;s term % weighs its categories by the subject&apos;s weights; absent counts 0, exempt and marks not entered are left out, and a category with no marks yet gives its weight to the others. The overall % is the mean of the subjects; the final result weighs the terms by their weights. * marks a result still missing marks.</source>
        <translation>Le % du trimestre de chaque matière pondère ses catégories selon les poids de la matière ; absent compte 0, dispensé et les notes non saisies sont exclus, et une catégorie sans note donne son poids aux autres. Le % global est la moyenne des matières ; le résultat final pondère les trimestres selon leurs poids. * signale un résultat auquel il manque des notes.</translation>
    </message>
    <message>
        <source>Final result (year)</source>
        <translation>Résultat final (année)</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>mark entry open</source>
        <translation>saisie ouverte</translation>
    </message>
    <message>
        <source>mark entry closed</source>
        <translation>saisie fermée</translation>
    </message>
    <message>
        <source>{section} · {term} ({state}) · grade scale: {scale}</source>
        <translation>{section} · {term} ({state}) · barème : {scale}</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>{section} · final result over the year&apos;s terms</source>
        <translation>{section} · résultat final sur les trimestres de l’année</translation>
    </message>
    <message>
        <source>{term} is published: its marks and results are frozen.</source>
        <translation>{term} est publié : ses notes et résultats sont figés.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is open.</source>
        <translation>La saisie des notes de {term} est ouverte.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed: marks are read-only on every computer.</source>
        <translation>La saisie des notes de {term} est fermée : les notes sont en lecture seule sur tous les ordinateurs.</translation>
    </message>
    <message>
        <source>Open mark entry</source>
        <translation>Ouvrir la saisie des notes</translation>
    </message>
    <message>
        <source>Close mark entry</source>
        <translation>Fermer la saisie des notes</translation>
    </message>
    <message>
        <source>Mark entry for {term} is open again.</source>
        <translation>La saisie des notes de {term} est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; it reaches every computer at its next sync.</source>
        <translation>La saisie des notes de {term} est fermée ; chaque ordinateur le saura à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Publish {term}?</source>
        <translation>Publier {term} ?</translation>
    </message>
    <message>
        <source>Publishing closes mark entry for good and freezes the results of {term} on every computer. It cannot be undone.</source>
        <translation>Publier ferme définitivement la saisie des notes et fige les résultats de {term} sur tous les ordinateurs. C’est irréversible.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>{term} is published; its results are frozen.</source>
        <translation>{term} est publié ; ses résultats sont figés.</translation>
    </message>
    <message>
        <source>Save report cards</source>
        <translation>Enregistrer les bulletins</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making report cards…</source>
        <translation>Création des bulletins…</translation>
    </message>
    <message numerus="yes">
        <source>%n report card(s) saved to {file}.</source>
        <translation>
            <numerusform>%n bulletin enregistré dans {file}.</numerusform>
            <numerusform>%n bulletins enregistrés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cards could not be saved: {reason}</source>
        <translation>Les bulletins n’ont pas pu être enregistrés : {reason}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Exporting the results…</source>
        <translation>Exportation des résultats…</translation>
    </message>
    <message>
        <source>Results of {section}, {term} exported to {file}</source>
        <translation>Résultats de {section}, {term} exportés dans {file}</translation>
    </message>
    <message>
        <source>The results could not be exported: {reason}</source>
        <translation>Les résultats n’ont pas pu être exportés : {reason}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Notés</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Pas fait</translation>
    </message>
    <message>
        <source>No roll call</source>
        <translation>Pas d’appel</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <source>Roll call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Liste de la classe</translation>
    </message>
    <message>
        <source>Mark all present…</source>
        <translation>Tous présents…</translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation>Enregistrer l’appel</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Sections not registered yet</source>
        <translation>Classes dont l’appel n’est pas fait</translation>
    </message>
    <message>
        <source>Every section is registered.</source>
        <translation>L’appel est fait dans toutes les classes.</translation>
    </message>
    <message>
        <source>Keys: type a roll number to jump · a code&apos;s letter marks and moves on · Space: present/absent · F2: note · Enter: save</source>
        <translation>Touches : tapez un numéro pour y aller · la lettre d’un code marque et passe au suivant · Espace : présent/absent · F2 : remarque · Entrée : enregistrer</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Changes to {section} not saved: {n}.</source>
        <translation>Modifications de {section} non enregistrées : {n}.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>{key} is not one of the school&apos;s codes ({codes}).</source>
        <translation>{key} n’est pas un des codes de l’école ({codes}).</translation>
    </message>
    <message>
        <source>Only the office can mark {label} ({code}).</source>
        <translation>Seul le secrétariat peut marquer {label} ({code}).</translation>
    </message>
    <message>
        <source>{name} was marked by the office ({code}); a teacher cannot change it.</source>
        <translation>{name} a été marqué par le secrétariat ({code}) ; un enseignant ne peut pas le changer.</translation>
    </message>
    <message>
        <source>Not saved yet: press Enter or Save.</source>
        <translation>Pas encore enregistré : appuyez sur Entrée ou Enregistrer.</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>Mark all {total} students of {section} present?</source>
        <translation>Marquer présents les {total} élèves de {section} ?</translation>
    </message>
    <message>
        <source>Students whose mark changes to present: {n}.</source>
        <translation>Élèves qui passent à présent : {n}.</translation>
    </message>
    <message>
        <source>Office codes stay as they are.</source>
        <translation>Les codes du secrétariat restent tels quels.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. Marks changed: {n}</source>
        <translation>Enregistré. Marques modifiées : {n}</translation>
    </message>
    <message>
        <source>absent: {n}</source>
        <translation>absents : {n}</translation>
    </message>
    <message>
        <source>guardian alerts queued: {n}</source>
        <translation>alertes aux responsables en attente : {n}</translation>
    </message>
    <message>
        <source>alerts cancelled: {n}</source>
        <translation>alertes annulées : {n}</translation>
    </message>
    <message>
        <source>Kept the office&apos;s codes for: {names}.</source>
        <translation>Codes du secrétariat conservés pour : {names}.</translation>
    </message>
    <message>
        <source>No guardian phone or e-mail to alert for: {names}.</source>
        <translation>Aucun téléphone ni e-mail de responsable à prévenir pour : {names}.</translation>
    </message>
    <message>
        <source>Not marked yet: {names}. Check them and save again.</source>
        <translation>Pas encore marqués : {names}. Vérifiez-les et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Reminder: no roll call yet today for {names}.</source>
        <translation>Rappel : pas encore d’appel aujourd’hui pour {names}.</translation>
    </message>
    <message>
        <source>Period {n}</source>
        <translation>Heure {n}</translation>
    </message>
    <message>
        <source>Not registered yet ({n})</source>
        <translation>Appel pas encore fait ({n})</translation>
    </message>
    <message>
        <source>You have no section to take the roll call of on this day.</source>
        <translation>Vous n’avez aucune classe pour laquelle faire l’appel ce jour-là.</translation>
    </message>
    <message>
        <source>period {n}</source>
        <translation>heure {n}</translation>
    </message>
    <message>
        <source>Taken: shown as saved.</source>
        <translation>Fait : affiché tel qu’enregistré.</translation>
    </message>
    <message>
        <source>Not taken yet: everyone is present until you mark them.</source>
        <translation>Pas encore fait : tous présents tant que non marqués.</translation>
    </message>
    <message>
        <source>No roll call was taken on this day.</source>
        <translation>Aucun appel n’a été fait ce jour-là.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <source>Only the office can mark {label}.</source>
        <translation>Seul le secrétariat peut marquer {label}.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>demi-journée</translation>
    </message>
    <message>
        <source>Students: {n}</source>
        <translation>Élèves : {n}</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du responsable</translation>
    </message>
    <message>
        <source>Guardian&apos;s email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <source>Import the roster</source>
        <translation>Importer la liste des élèves</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Roll</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Set by the office; a teacher cannot change it.</source>
        <translation>Fixé par le secrétariat ; un enseignant ne peut pas le changer.</translation>
    </message>
    <message>
        <source>The absence alert to the guardian: the server sends it {minutes} minutes after the roll call; a correction before then cancels it.</source>
        <translation>L’alerte d’absence au responsable : le serveur l’envoie {minutes} minutes après l’appel ; une correction avant l’annule.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Pas fait</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>No roll call was taken for this student on this day.</source>
        <translation>Aucun appel n’a été fait pour cet élève ce jour-là.</translation>
    </message>
    <message>
        <source>Changed here; press Enter to save.</source>
        <translation>Modifié ici ; appuyez sur Entrée pour enregistrer.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to reach the server.</source>
        <translation>Enregistré sur cet ordinateur ; en attente d’envoi au serveur.</translation>
    </message>
    <message>
        <source>The server has this mark.</source>
        <translation>Le serveur a cette marque.</translation>
    </message>
    <message>
        <source>Another mark won on the server, or it refused this one: see the Inbox.</source>
        <translation>Une autre marque l’a emporté sur le serveur, ou il a refusé celle-ci : voyez la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>There is no school file here</source>
        <translation>Il n’y a pas de fichier d’école ici</translation>
    </message>
    <message>
        <source>Check the path, or sign in to download the school again.</source>
        <translation>Vérifiez le chemin, ou connectez-vous pour télécharger l’école à nouveau.</translation>
    </message>
    <message>
        <source>This file is not a Daftar school file</source>
        <translation>Ce fichier n’est pas un fichier d’école Daftar</translation>
    </message>
    <message>
        <source>Choose the school&apos;s .daftar file; this one was left exactly as it was.</source>
        <translation>Choisissez le fichier .daftar de l’école ; celui-ci a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The school file cannot be opened ({problem})</source>
        <translation>Le fichier de l’école ne peut pas être ouvert ({problem})</translation>
    </message>
    <message>
        <source>Check that you may read it.</source>
        <translation>Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>This database was not made by Daftar</source>
        <translation>Cette base de données n’a pas été créée par Daftar</translation>
    </message>
    <message>
        <source>The school file is in use by another program</source>
        <translation>Le fichier de l’école est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>Close the other Daftar window (or the program using the file) and try again.</source>
        <translation>Fermez l’autre fenêtre de Daftar (ou le programme qui utilise le fichier) et réessayez.</translation>
    </message>
    <message>
        <source>The school file is damaged</source>
        <translation>Le fichier de l’école est endommagé</translation>
    </message>
    <message>
        <source>Nothing was changed. Restore the newest copy from the backups folder, or sign in again to download the school from the server.</source>
        <translation>Rien n’a été modifié. Restaurez la copie la plus récente depuis le dossier des sauvegardes, ou reconnectez-vous pour télécharger l’école depuis le serveur.</translation>
    </message>
    <message>
        <source>The school file is still being checked</source>
        <translation>Le fichier de l’école est encore en cours de vérification</translation>
    </message>
    <message>
        <source>Nothing was changed. Try again in a moment.</source>
        <translation>Rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This school file was made by a newer version of Daftar</source>
        <translation>Ce fichier d’école a été créé par une version plus récente de Daftar</translation>
    </message>
    <message>
        <source>Install the newest Daftar to open it; the file was left exactly as it was.</source>
        <translation>Installez la dernière version de Daftar pour l’ouvrir ; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Daftar could not update this school file to the new version</source>
        <translation>Daftar n’a pas pu mettre ce fichier d’école à jour vers la nouvelle version</translation>
    </message>
    <message>
        <source>Nothing was changed and your data is as it was; a copy is also in {backup}. Please send the log file to your support contact.</source>
        <translation>Rien n’a été modifié et vos données sont intactes ; une copie se trouve aussi dans {backup}. Veuillez envoyer le fichier journal à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>Close the other Daftar window and try again.</source>
        <translation>Fermez l’autre fenêtre de Daftar et réessayez.</translation>
    </message>
    <message>
        <source>This school file holds no school</source>
        <translation>Ce fichier ne contient aucune école</translation>
    </message>
    <message>
        <source>Sign in again to download the school, or choose another file.</source>
        <translation>Reconnectez-vous pour télécharger l’école, ou choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>These details are kept by the school&apos;s server and reach every computer of the school. They can be changed only online.</source>
        <translation>Ces informations sont tenues par le serveur de l’école et arrivent sur chaque ordinateur de l’école. Elles ne se modifient qu’en ligne.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose a Logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the Logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Digits after the point:</source>
        <translation>Chiffres après la virgule :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Save on the School&apos;s Server</source>
        <translation>Enregistrer sur le serveur de l’école</translation>
    </message>
    <message>
        <source>Undo My Edits</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <source>Choose the School&apos;s Logo</source>
        <translation>Choisir le logo de l’école</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>The logo is ready; save to keep it.</source>
        <translation>Le logo est prêt ; enregistrez pour le garder.</translation>
    </message>
    <message>
        <source>Nothing to save: the details are as the server has them.</source>
        <translation>Rien à enregistrer : les informations sont celles du serveur.</translation>
    </message>
    <message>
        <source>Attendance and results</source>
        <translation>Présences et résultats</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>À chaque heure de cours</translation>
    </message>
    <message>
        <source>The same day only</source>
        <translation>Le jour même seulement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How many days back a teacher may still change a roll call. The office and the principal may always correct one.</source>
        <translation>Combien de jours en arrière un enseignant peut encore changer un appel. Le secrétariat et le directeur peuvent toujours le corriger.</translation>
    </message>
    <message>
        <source>A student present on fewer of the last 30 school days than this is listed as chronically absent.</source>
        <translation>Un élève présent moins souvent que ce taux sur les 30 derniers jours de classe est compté comme absent chronique.</translation>
    </message>
    <message>
        <source>Show each student&apos;s position in the class on report cards</source>
        <translation>Afficher le rang de chaque élève dans la classe sur les bulletins</translation>
    </message>
    <message>
        <source>Attendance taken:</source>
        <translation>Appel fait :</translation>
    </message>
    <message>
        <source>Periods a day:</source>
        <translation>Heures de cours par jour :</translation>
    </message>
    <message>
        <source>Teachers may change a past roll call for:</source>
        <translation>Les enseignants peuvent changer un appel passé pendant :</translation>
    </message>
    <message>
        <source>Chronically absent below:</source>
        <translation>Absent chronique en dessous de :</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du responsable</translation>
    </message>
</context>
<context>
    <name>SectionRatesModel</name>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Sections</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>The classes of each year, with their class teacher. Saved on this computer and sent with the next sync; a section with students cannot be removed.</source>
        <translation>Les classes de chaque année, avec leur professeur principal. Enregistrées sur cet ordinateur et envoyées à la prochaine synchronisation ; une classe qui a des élèves ne peut pas être retirée.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation>Professeur principal</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Add a Section…</source>
        <translation>Ajouter une classe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une classe</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>e.g. 7 B</source>
        <translation>ex. 5e B</translation>
    </message>
    <message>
        <source>Grade level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Class teacher:</source>
        <translation>Professeur principal :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
</context>
<context>
    <name>ServerReasons</name>
    <message>
        <source>This server does not know records of kind &apos;{entity}&apos;.</source>
        <translation>Ce serveur ne connaît pas les enregistrements de type « {entity} ».</translation>
    </message>
    <message>
        <source>Only the server writes {record} records.</source>
        <translation>Seul le serveur écrit les enregistrements de type « {record} ».</translation>
    </message>
    <message>
        <source>The record id is not valid (letters, digits and dashes, at most 36).</source>
        <translation>L’identifiant de l’enregistrement n’est pas valide (lettres, chiffres et tirets, 36 au plus).</translation>
    </message>
    <message>
        <source>A user with the role {role} may not change {record} records.</source>
        <translation>Un utilisateur ayant le rôle {role} ne peut pas modifier les enregistrements de type « {record} ».</translation>
    </message>
    <message>
        <source>Text may not contain NUL characters, nor numbers NaN or Infinity.</source>
        <translation>Le texte ne peut pas contenir de caractère NUL, ni les nombres NaN ou Infinity.</translation>
    </message>
    <message>
        <source>This {record} names another school; records can only be written to your own school.</source>
        <translation>Cet enregistrement ({record}) désigne une autre école ; on ne peut écrire que dans sa propre école.</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}.</source>
        <translation>{field} doit valoir l’une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <source>Missing field(s) for a new {record}: {fields}.</source>
        <translation>Champ(s) manquant(s) pour un nouvel enregistrement ({record}) : {fields}.</translation>
    </message>
    <message>
        <source>There is no such school here.</source>
        <translation>Cette école n’existe pas ici.</translation>
    </message>
    <message>
        <source>A school cannot be deleted through sync.</source>
        <translation>Une école ne peut pas être supprimée par la synchronisation.</translation>
    </message>
    <message>
        <source>A school&apos;s code cannot be changed.</source>
        <translation>Le code d’une école ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>A school logo may be at most {kilobytes} KB.</source>
        <translation>Le logo d’une école ne peut pas dépasser {kilobytes} Ko.</translation>
    </message>
    <message>
        <source>The number of periods a day is a whole number from {low} to {high}.</source>
        <translation>Le nombre d’heures de cours par jour est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The number of days a roll call can still be changed is a whole number from {low} to {high}.</source>
        <translation>Le nombre de jours pendant lesquels un appel peut encore être changé est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The chronic-absence threshold is a whole number from {low} to {high}.</source>
        <translation>Le seuil d’absence chronique est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>Weekend days are days of the week (Monday 0 to Sunday 6), each once.</source>
        <translation>Les jours de week-end sont des jours de la semaine (lundi 0 à dimanche 6), chacun une seule fois.</translation>
    </message>
    <message>
        <source>A school needs at least one day of the week that is not a weekend day.</source>
        <translation>Une école a besoin d’au moins un jour de la semaine qui ne soit pas un jour de week-end.</translation>
    </message>
    <message>
        <source>There is no such {record} in this school.</source>
        <translation>Cet enregistrement ({record}) n’existe pas dans cette école.</translation>
    </message>
    <message>
        <source>The {target} this {record} refers to ({field}) does not exist in this school.</source>
        <translation>L’enregistrement ({target}) auquel renvoie cet enregistrement ({record}) par {field} n’existe pas dans cette école.</translation>
    </message>
    <message>
        <source>This {record} belongs to a class you do not teach.</source>
        <translation>Cet enregistrement ({record}) appartient à une classe où vous n’enseignez pas.</translation>
    </message>
    <message>
        <source>A payment is never changed or deleted; record a cancellation and, if needed, a new payment.</source>
        <translation>Un paiement n’est jamais modifié ni supprimé ; enregistrez une annulation et, si besoin, un nouveau paiement.</translation>
    </message>
    <message>
        <source>A cancellation is final; it cannot be changed or deleted.</source>
        <translation>Une annulation est définitive ; elle ne peut être ni modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>A {record} is never changed or deleted once recorded.</source>
        <translation>Un enregistrement de type « {record} » n’est jamais modifié ni supprimé une fois enregistré.</translation>
    </message>
    <message>
        <source>Receipt number {receipt_no} is already used by another payment in this school; receipt numbers are never reused or renumbered.</source>
        <translation>Le numéro de reçu {receipt_no} est déjà utilisé par un autre paiement de cette école ; les numéros de reçu ne sont jamais réutilisés ni renumérotés.</translation>
    </message>
    <message>
        <source>This payment has already been cancelled.</source>
        <translation>Ce paiement a déjà été annulé.</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is already used by another student.</source>
        <translation>Le numéro d’inscription {admission_no} est déjà utilisé par un autre élève.</translation>
    </message>
    <message>
        <source>The username {username} is already taken in this school.</source>
        <translation>Le nom d’utilisateur {username} est déjà pris dans cette école.</translation>
    </message>
    <message>
        <source>The guardian already has an alert for this day (queued from another device); it is sent once.</source>
        <translation>Le responsable a déjà une alerte pour ce jour (mise en attente depuis un autre poste) ; elle n’est envoyée qu’une fois.</translation>
    </message>
    <message>
        <source>Another {record} already has {values}.</source>
        <translation>Un autre enregistrement ({record}) a déjà {values}.</translation>
    </message>
    <message>
        <source>This change clashes with a record the server already has.</source>
        <translation>Cette modification se heurte à un enregistrement que le serveur a déjà.</translation>
    </message>
    <message>
        <source>A conflict is resolved, not deleted.</source>
        <translation>Un conflit se résout, il ne se supprime pas.</translation>
    </message>
    <message>
        <source>Conflicts are raised by the server; a device may only resolve one.</source>
        <translation>Les conflits sont signalés par le serveur ; un poste peut seulement les résoudre.</translation>
    </message>
    <message>
        <source>Only the resolution of a conflict can be changed.</source>
        <translation>Seule la résolution d’un conflit peut être modifiée.</translation>
    </message>
    <message>
        <source>Attendance older than {days} days can no longer be changed by a teacher; ask the office.</source>
        <translation>Un enseignant ne peut plus modifier une présence de plus de {days} jours ; adressez-vous au secrétariat.</translation>
    </message>
    <message>
        <source>{weekday} {date} is a weekend day at this school: no attendance is taken.</source>
        <translation>{weekday} {date} est un jour de week-end dans cette école : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{date} is a holiday: no attendance is taken.</source>
        <translation>Le {date} est un jour férié : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{date} is a holiday ({name}): no attendance is taken.</source>
        <translation>Le {date} est un jour férié ({name}) : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{date} is a day the school is closed: no attendance is taken.</source>
        <translation>Le {date}, l’école est fermée : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{date} is a day the school is closed ({name}): no attendance is taken.</source>
        <translation>Le {date}, l’école est fermée ({name}) : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of this school&apos;s attendance codes.</source>
        <translation>« {code} » n’est pas un code de présence de cette école.</translation>
    </message>
    <message>
        <source>Only the office may record the code {code} ({label}).</source>
        <translation>Seul le secrétariat peut saisir le code {code} ({label}).</translation>
    </message>
    <message>
        <source>{term} is published; its marks and results are frozen.</source>
        <translation>{term} est publié ; ses notes et ses résultats sont figés.</translation>
    </message>
    <message>
        <source>{term} is published; its assessments and results are frozen.</source>
        <translation>{term} est publié ; ses évaluations et ses résultats sont figés.</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} est publié ; ses bulletins sont figés.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; ask the principal to reopen it.</source>
        <translation>La saisie des notes de {term} est fermée ; demandez au directeur de la rouvrir.</translation>
    </message>
    <message>
        <source>A scored mark needs a score.</source>
        <translation>Une note saisie doit avoir une valeur.</translation>
    </message>
    <message>
        <source>The score must be between 0 and {max_marks} for {assessment}.</source>
        <translation>La note doit être comprise entre 0 et {max_marks} pour {assessment}.</translation>
    </message>
    <message>
        <source>{assessment} already has {count} mark(s) above {max_marks} (the highest, {top}, is {student}&apos;s): correct those marks before lowering the maximum.</source>
        <translation>{assessment} a déjà {count} note(s) au-dessus de {max_marks} (la plus haute, {top}, est celle de {student}) : corrigez ces notes avant d’abaisser le maximum.</translation>
    </message>
    <message>
        <source>Only the principal writes the principal&apos;s comment on a report card.</source>
        <translation>Seul le directeur écrit l’appréciation du directeur sur un bulletin.</translation>
    </message>
    <message>
        <source>A comment cannot change from the teacher&apos;s to the principal&apos;s.</source>
        <translation>Une appréciation ne peut pas passer de celle de l’enseignant à celle du directeur.</translation>
    </message>
    <message>
        <source>A report comment&apos;s id must be derived from its student, term and kind.</source>
        <translation>L’identifiant d’une appréciation de bulletin doit être tiré de son élève, de son trimestre et de son type.</translation>
    </message>
    <message>
        <source>Only the principal or the admin grants a concession.</source>
        <translation>Seul le directeur ou l’administrateur accorde une réduction.</translation>
    </message>
    <message>
        <source>A concession names as its approver the person who grants it.</source>
        <translation>Une réduction désigne comme approbateur la personne qui l’accorde.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This school takes payments in {school_currency}, not {currency}.</source>
        <translation>Cette école encaisse les paiements en {school_currency}, pas en {currency}.</translation>
    </message>
    <message>
        <source>The cash of {date} is closed for this cashier on this device: a payment for that day can no longer be taken.</source>
        <translation>La caisse du {date} est close pour ce caissier sur ce poste : plus aucun paiement ne peut être encaissé pour ce jour.</translation>
    </message>
    <message>
        <source>The cash of {date} is closed for this cashier on this device: a payment can no longer be cancelled that day.</source>
        <translation>La caisse du {date} est close pour ce caissier sur ce poste : plus aucun paiement ne peut être annulé ce jour-là.</translation>
    </message>
    <message>
        <source>A payment can only settle invoices of the same student.</source>
        <translation>Un paiement ne peut régler que des factures du même élève.</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>Cette alerte n’existe pas.</translation>
    </message>
    <message>
        <source>This alert is {status}; it is not sent again.</source>
        <translation>Cette alerte est {status} ; elle n’est pas envoyée de nouveau.</translation>
    </message>
    <message>
        <source>Only the server records an alert as sent or failed.</source>
        <translation>Seul le serveur enregistre une alerte comme envoyée ou en échec.</translation>
    </message>
    <message>
        <source>This alert was already sent to the guardian ({sent_at} UTC); it can no longer be changed or cancelled.</source>
        <translation>Cette alerte a déjà été envoyée au responsable ({sent_at} UTC) ; elle ne peut plus être modifiée ni annulée.</translation>
    </message>
    <message>
        <source>Unknown kind of record: &apos;{entity}&apos;.</source>
        <translation>Type d’enregistrement inconnu : « {entity} ».</translation>
    </message>
    <message>
        <source>Unknown field(s) for {entity}: {fields}.</source>
        <translation>Champ(s) inconnu(s) pour {entity} : {fields}.</translation>
    </message>
    <message>
        <source>Missing field(s) for a new {entity} record: {fields}.</source>
        <translation>Champ(s) manquant(s) pour un nouvel enregistrement {entity} : {fields}.</translation>
    </message>
    <message>
        <source>{field} may not be empty.</source>
        <translation>{field} ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{field} must be a {kind}, not {value}.</source>
        <translation>{field} doit être de type {kind}, pas {value}.</translation>
    </message>
    <message>
        <source>academic year</source>
        <translation>année scolaire</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>attendance code</source>
        <translation>code de présence</translation>
    </message>
    <message>
        <source>attendance history entry</source>
        <translation>historique de présence</translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>entrée du journal d’audit</translation>
    </message>
    <message>
        <source>cash close</source>
        <translation>clôture de caisse</translation>
    </message>
    <message>
        <source>category weight</source>
        <translation>pondération de catégorie</translation>
    </message>
    <message>
        <source>concession</source>
        <translation>réduction</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>inscription en classe</translation>
    </message>
    <message>
        <source>fee head</source>
        <translation>poste de frais</translation>
    </message>
    <message>
        <source>fee structure</source>
        <translation>barème des frais</translation>
    </message>
    <message>
        <source>grade scale</source>
        <translation>barème de notation</translation>
    </message>
    <message>
        <source>guardian alert</source>
        <translation>alerte au responsable</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>invoice line</source>
        <translation>ligne de facture</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>note</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>payment allocation</source>
        <translation>affectation de paiement</translation>
    </message>
    <message>
        <source>payment cancellation</source>
        <translation>annulation de paiement</translation>
    </message>
    <message>
        <source>report comment</source>
        <translation>appréciation de bulletin</translation>
    </message>
    <message>
        <source>school</source>
        <translation>école</translation>
    </message>
    <message>
        <source>school calendar</source>
        <translation>calendrier scolaire</translation>
    </message>
    <message>
        <source>section</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>student</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>matière</translation>
    </message>
    <message>
        <source>teaching assignment</source>
        <translation>service d’enseignement</translation>
    </message>
    <message>
        <source>term</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Type the address of your school&apos;s server, like https://sis.example.org.</source>
        <translation>Saisissez l’adresse du serveur de votre école, comme https://sis.example.org.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address. It looks like https://sis.example.org.</source>
        <translation>« {text} » n’est pas une adresse web. Elle ressemble à https://sis.example.org.</translation>
    </message>
    <message>
        <source>The server address has no “?” or “#” part: type only the address, like https://sis.example.org.</source>
        <translation>L’adresse du serveur n’a pas de partie « ? » ni « # » : saisissez seulement l’adresse, comme https://sis.example.org.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>{size} ({percent} %)</source>
        <translation>{size} ({percent} %)</translation>
    </message>
    <message>
        <source>A school file is copied before every update of Daftar changes it; this many copies of each school are kept.</source>
        <translation>Un fichier d’école est copié avant chaque mise à jour de Daftar qui le modifie ; ce nombre de copies est gardé pour chaque école.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use the Usual Folder</source>
        <translation>Utiliser le dossier habituel</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>School&apos;s server:</source>
        <translation>Serveur de l’école :</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchroniser toutes les :</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Taille du texte :</translation>
    </message>
    <message>
        <source>Backups kept:</source>
        <translation>Sauvegardes gardées :</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <source>The language and the text size change as soon as you save.</source>
        <translation>La langue et la taille du texte changent dès que vous enregistrez.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there. Plug in the USB stick, or choose another folder.</source>
        <translation>Le dossier {folder} n’existe pas. Branchez la clé USB ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Daftar cannot write in {folder}. Choose another folder, or check that the USB stick is not write-protected.</source>
        <translation>Daftar ne peut pas écrire dans {folder}. Choisissez un autre dossier, ou vérifiez que la clé USB n’est pas protégée en écriture.</translation>
    </message>
    <message>
        <source>Choose the backups folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The chosen folder {folder} is not there now (is the USB stick plugged in?). Until it is, backups go to the usual folder.</source>
        <translation>Le dossier choisi {folder} n’est pas là pour l’instant (la clé USB est-elle branchée ?). D’ici là, les sauvegardes vont dans le dossier habituel.</translation>
    </message>
    <message>
        <source>From now on the daily backups and “daftar backup” go here. Backups already made stay where they are.</source>
        <translation>Désormais, les sauvegardes quotidiennes et « daftar backup » vont ici. Les sauvegardes déjà faites restent où elles sont.</translation>
    </message>
    <message>
        <source>Daily backups and “daftar backup” go to this folder.</source>
        <translation>Les sauvegardes quotidiennes et « daftar backup » vont dans ce dossier.</translation>
    </message>
    <message>
        <source>The roll-call reminder comes during the school day: choose a time from {earliest} to {latest}.</source>
        <translation>Le rappel d’appel vient pendant la journée d’école : choisissez une heure de {earliest} à {latest}.</translation>
    </message>
    <message>
        <source>Roll-call reminder</source>
        <translation>Rappel d’appel</translation>
    </message>
    <message>
        <source>At this time (the school&apos;s, in its time zone) the roll call screen names the classes with no roll call yet today.</source>
        <translation>À cette heure (celle de l’école, dans son fuseau horaire), l’écran Appel nomme les classes sans appel aujourd’hui.</translation>
    </message>
    <message>
        <source>Roll-call reminder at:</source>
        <translation>Rappel d’appel à :</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Write the amount as a number, such as 1500 or 1500.50.</source>
        <translation>Écrivez le montant sous forme de nombre, comme 1500 ou 1500,50.</translation>
    </message>
    <message>
        <source>The amount must be zero or more.</source>
        <translation>Le montant doit être de zéro ou plus.</translation>
    </message>
    <message>
        <source>The amount has more than {digits} digits after the point.</source>
        <translation>Le montant a plus de {digits} chiffres après la virgule.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Rien à enregistrer : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This school file is not signed in to the school&apos;s server. Users, the school&apos;s details and the calendar are decided by the server, so they can only be changed online. Nothing was changed.</source>
        <translation>Ce fichier d’école n’est pas connecté au serveur de l’école. Les utilisateurs, les informations de l’école et le calendrier sont décidés par le serveur : ils ne se modifient qu’en ligne. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>You are working offline (Sync → Work Offline). Users, the school&apos;s details and the calendar are decided by the school&apos;s server: switch working offline off to change them. Nothing was changed.</source>
        <translation>Vous travaillez hors ligne (Synchronisation → Travailler hors ligne). Les utilisateurs, les informations de l’école et le calendrier sont décidés par le serveur de l’école : désactivez le travail hors ligne pour les modifier. Rien n’a été changé.</translation>
    </message>
    <message>
        <source>That file is not an image Daftar can read (use PNG, JPEG or BMP).</source>
        <translation>Ce fichier n’est pas une image que Daftar sait lire (utilisez PNG, JPEG ou BMP).</translation>
    </message>
    <message>
        <source>That image stays too large even when made small; choose a simpler logo.</source>
        <translation>Cette image reste trop lourde même réduite ; choisissez un logo plus simple.</translation>
    </message>
    <message>
        <source>Cannot reach the school&apos;s server, which decides this: nothing was changed. Try again when the connection returns.</source>
        <translation>Impossible de joindre le serveur de l’école, qui décide de ceci : rien n’a été modifié. Réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <source>The school&apos;s server is busy or having trouble: nothing was changed. Try again in a moment.</source>
        <translation>Le serveur de l’école est occupé ou en difficulté : rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Choose {what} in the list first.</source>
        <translation>Choisissez d’abord dans la liste : {what}.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the school&apos;s server with the next sync.</source>
        <translation>Enregistré sur cet ordinateur ; envoyé au serveur de l’école à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Saved on the school&apos;s server. It shows here once this computer has synced (now under way).</source>
        <translation>Enregistré sur le serveur de l’école. Cela s’affichera ici une fois cet ordinateur synchronisé (en cours).</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Setup sections</source>
        <translation>Rubriques de configuration</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Year &amp; terms</source>
        <translation>Année et trimestres</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Subjects &amp; teachers</source>
        <translation>Matières et enseignants</translation>
    </message>
    <message>
        <source>Attendance codes</source>
        <translation>Codes de présence</translation>
    </message>
    <message>
        <source>Grade scales</source>
        <translation>Barèmes de notes</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Only the school&apos;s admin changes the set-up; you can read it here.</source>
        <translation>Seul l’administrateur de l’école modifie la configuration ; vous pouvez la consulter ici.</translation>
    </message>
    <message>
        <source>Holidays &amp; weekends</source>
        <translation>Congés et week-ends</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Fee head</source>
        <translation>Poste de frais</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Ticked: issued with the others. Untick a fee only some students take.</source>
        <translation>Coché : émis avec les autres. Décochez des frais que seuls certains élèves paient.</translation>
    </message>
</context>
<context>
    <name>StudentDetailsPanel</name>
    <message>
        <source>Close the student&apos;s record</source>
        <translation>Fermer la fiche de l’élève</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cancelled payments</source>
        <translation>Paiements annulés</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Admission no. {number} · {status}</source>
        <translation>N° d’inscription {number} · {status}</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Fille</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Garçon</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>{section}{year}, roll no. {roll}, {period}</source>
        <translation>{section}{year}, n° {roll}, {period}</translation>
    </message>
    <message>
        <source>Not enrolled in any section.</source>
        <translation>Inscrit dans aucune classe.</translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation>Payé d’avance</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à payer</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Diplômé</translation>
    </message>
</context>
<context>
    <name>StudentsScreen</name>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Search by name, admission number or guardian&apos;s phone</source>
        <translation>Rechercher par nom, numéro d’inscription ou téléphone du responsable</translation>
    </message>
    <message>
        <source>Search students</source>
        <translation>Rechercher des élèves</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importer la liste des élèves…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln élève</numerusform>
            <numerusform>%Ln élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{shown} élèves sur {total}</translation>
    </message>
    <message>
        <source>This student is no longer on this computer.</source>
        <translation>Cet élève n’est plus sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects &amp; teachers</source>
        <translation>Matières et enseignants</translation>
    </message>
    <message>
        <source>A teacher sees the sections they are assigned to teach here, and only those.</source>
        <translation>Un enseignant voit les classes qui lui sont attribuées ici, et seulement celles-là.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <source>Add a Subject…</source>
        <translation>Ajouter une matière…</translation>
    </message>
    <message>
        <source>Edit the Subject…</source>
        <translation>Modifier la matière…</translation>
    </message>
    <message>
        <source>Remove the Subject</source>
        <translation>Retirer la matière</translation>
    </message>
    <message>
        <source>Who teaches what</source>
        <translation>Qui enseigne quoi</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Assign a Teacher…</source>
        <translation>Attribuer un enseignant…</translation>
    </message>
    <message>
        <source>Edit the Assignment…</source>
        <translation>Modifier l’attribution…</translation>
    </message>
    <message>
        <source>Remove the Assignment</source>
        <translation>Retirer l’attribution</translation>
    </message>
    <message>
        <source>a subject</source>
        <translation>une matière</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>e.g. MATH</source>
        <translation>ex. MATH</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation>une attribution</translation>
    </message>
    <message>
        <source>Who Teaches What</source>
        <translation>Qui enseigne quoi</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Matière :</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Enseignant :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Réception des modifications…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Update needed</source>
        <translation>Mise à jour nécessaire</translation>
    </message>
    <message>
        <source>You are not signed in to the school&apos;s server on this computer. Your work is saved here; sign in again to sync it.</source>
        <translation>Vous n’êtes pas connecté au serveur de l’école sur cet ordinateur. Votre travail est enregistré ici ; reconnectez-vous pour le synchroniser.</translation>
    </message>
    <message>
        <source>Sync stopped because of an internal error; the details are in the log file.</source>
        <translation>La synchronisation s’est arrêtée à cause d’une erreur interne ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Dernière synchro {time}</translation>
    </message>
    <message>
        <source>Last synced {date}, {time}</source>
        <translation>Dernière synchro {date}, {time}</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Hors ligne (choisi)</translation>
    </message>
    <message>
        <source>Not signed in to sync</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Working offline: nothing is sent or received. Your work is saved on this computer; switch “Work offline” off to sync it.</source>
        <translation>Hors ligne : rien n’est envoyé ni reçu. Votre travail est enregistré sur cet ordinateur ; désactivez « Travailler hors ligne » pour le synchroniser.</translation>
    </message>
    <message>
        <source>The last sync did not finish. Daftar will try again.</source>
        <translation>La dernière synchronisation n’a pas abouti. Daftar réessaiera.</translation>
    </message>
    <message>
        <source>Nobody has signed in to this school on this computer yet. Sign in first.</source>
        <translation>Personne ne s’est encore connecté à cette école sur cet ordinateur. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Your sign-in is not kept on this computer (no keyring, or you signed out). Sign in again to sync.</source>
        <translation>Votre connexion n’est pas conservée sur cet ordinateur (pas de trousseau, ou vous vous êtes déconnecté). Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>The server answered {status}.</source>
        <translation>Le serveur a répondu {status}.</translation>
    </message>
    <message>
        <source>You are signed out on this computer. Sign in again to sync.</source>
        <translation>Vous êtes déconnecté sur cet ordinateur. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Your sign-in has ended (it expired, or was signed out elsewhere). Sign in again to sync; nothing you saved on this computer is lost.</source>
        <translation>Votre connexion a pris fin (elle a expiré, ou a été fermée ailleurs). Reconnectez-vous pour synchroniser ; rien de ce que vous avez enregistré sur cet ordinateur n’est perdu.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent a device list Daftar could not read.</source>
        <translation>Le serveur de l’école a envoyé une liste d’appareils que Daftar n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The school&apos;s server did not answer in time. Daftar will try again.</source>
        <translation>Le serveur de l’école n’a pas répondu à temps. Daftar réessaiera.</translation>
    </message>
    <message>
        <source>The school&apos;s server could not prove who it is: its security certificate is not trusted on this computer. Nothing was sent. Ask whoever runs the server to check its certificate.</source>
        <translation>Le serveur de l’école n’a pas pu prouver qui il est : son certificat de sécurité n’est pas reconnu sur cet ordinateur. Rien n’a été envoyé. Demandez à la personne qui gère le serveur de vérifier son certificat.</translation>
    </message>
    <message>
        <source>Cannot reach the school&apos;s server. Your work is saved on this computer and will sync when the connection returns.</source>
        <translation>Impossible de joindre le serveur de l’école. Votre travail est enregistré sur cet ordinateur et sera synchronisé quand la connexion reviendra.</translation>
    </message>
    <message>
        <source>The school&apos;s server needs a newer version of Daftar. Your work is kept on this computer; please update Daftar to sync it.</source>
        <translation>Le serveur de l’école demande une version plus récente de Daftar. Votre travail est conservé sur cet ordinateur ; mettez Daftar à jour pour le synchroniser.</translation>
    </message>
    <message>
        <source>The school&apos;s server is busy or having trouble ({status}). Daftar will try again.</source>
        <translation>Le serveur de l’école est occupé ou en difficulté ({status}). Daftar réessaiera.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again to sync; nothing you saved on this computer is lost.</source>
        <translation>Votre connexion a pris fin. Reconnectez-vous pour synchroniser ; rien de ce que vous avez enregistré sur cet ordinateur n’est perdu.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent an answer Daftar could not read. Nothing from it was applied and your saved work is untouched; Daftar will try again.</source>
        <translation>Le serveur de l’école a envoyé une réponse que Daftar n’a pas pu lire. Rien n’en a été appliqué et votre travail enregistré est intact ; Daftar réessaiera.</translation>
    </message>
    <message>
        <source>The download of the school stopped unexpectedly. What arrived is kept; the next sync carries on from there.</source>
        <translation>Le téléchargement de l’école s’est arrêté de façon inattendue. Ce qui est arrivé est conservé ; la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Sync stopped because of an internal error ({kind}); see the log file.</source>
        <translation>La synchronisation s’est arrêtée à cause d’une erreur interne ({kind}) ; voir le journal.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Le serveur a refusé cette modification.</translation>
    </message>
    <message>
        <source>The sync was stopped. What arrived is kept; the next sync carries on from there.</source>
        <translation>La synchronisation a été arrêtée. Ce qui est arrivé est conservé ; la prochaine synchronisation reprendra à partir de là.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent changes Daftar could not read. Nothing from them was applied and your saved work is untouched; Daftar will try again.</source>
        <translation>Le serveur de l’école a envoyé des modifications que Daftar n’a pas pu lire. Rien n’en a été appliqué et votre travail enregistré est intact ; Daftar réessaiera.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent changes Daftar cannot accept ({problem}). Nothing from them was applied and your saved work is untouched; Daftar will try again. If this keeps happening, tell the person who runs the school&apos;s server.</source>
        <translation>Le serveur de l’école a envoyé des modifications que Daftar ne peut pas accepter ({problem}). Rien n’en a été appliqué et votre travail enregistré est intact ; Daftar réessaiera. Si cela se reproduit, prévenez la personne qui gère le serveur de l’école.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent checksums Daftar could not read.</source>
        <translation>Le serveur de l’école a envoyé des sommes de contrôle que Daftar n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The school&apos;s server sent an answer Daftar could not read. Daftar will try again.</source>
        <translation>Le serveur de l’école a envoyé une réponse que Daftar n’a pas pu lire. Daftar réessaiera.</translation>
    </message>
    <message>
        <source>{count} changes where at most {limit} were asked for</source>
        <translation>{count} modifications alors qu’au plus {limit} étaient demandées</translation>
    </message>
    <message>
        <source>an unknown kind of record, {kind}</source>
        <translation>un type d’enregistrement inconnu, {kind}</translation>
    </message>
    <message>
        <source>a {kind} record with an unusable id</source>
        <translation>un enregistrement {kind} avec un identifiant inutilisable</translation>
    </message>
    <message>
        <source>a {kind} record with version {version}</source>
        <translation>un enregistrement {kind} en version {version}</translation>
    </message>
    <message>
        <source>A later change made on another device was kept instead of this one.</source>
        <translation>Une modification ultérieure faite sur un autre appareil a été gardée à la place de celle-ci.</translation>
    </message>
    <message>
        <source>Two different values were entered for this from the same starting point.</source>
        <translation>Deux valeurs différentes ont été saisies pour ceci à partir du même point de départ.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes behind the school&apos;s server. Daftar corrects for it, but please set the right date and time.</source>
        <translation>L’horloge de cet ordinateur retarde d’environ {minutes} minutes sur le serveur de l’école. Daftar en tient compte, mais réglez la bonne date et la bonne heure.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about {minutes} minutes ahead of the school&apos;s server. Daftar corrects for it, but please set the right date and time.</source>
        <translation>L’horloge de cet ordinateur avance d’environ {minutes} minutes sur le serveur de l’école. Daftar en tient compte, mais réglez la bonne date et la bonne heure.</translation>
    </message>
    <message>
        <source>The demo server stopped as it started. The details are in {log}.</source>
        <translation>Le serveur de démonstration s’est arrêté en démarrant. Les détails sont dans {log}.</translation>
    </message>
    <message>
        <source>The demo server did not answer in time. The details are in {log}.</source>
        <translation>Le serveur de démonstration n’a pas répondu à temps. Les détails sont dans {log}.</translation>
    </message>
    <message>
        <source>The demo school could not be loaded into the demo server. The details are in {log}.</source>
        <translation>L’école de démonstration n’a pas pu être chargée dans le serveur de démonstration. Les détails sont dans {log}.</translation>
    </message>
    <message>
        <source>The school&apos;s server was put back to an older backup, from before the last {days} days of changes this computer keeps to send again. {records} record(s) changed before that are no longer on the server, and those made on this computer cannot be sent again from here: ask your school&apos;s administrator to restore the server from a newer backup, or enter them again.</source>
        <translation>Le serveur de l’école a été remis à une sauvegarde plus ancienne, d’avant les {days} derniers jours de modifications que cet ordinateur garde pour les renvoyer. {records} enregistrement(s) modifié(s) avant cela ne sont plus sur le serveur, et ceux faits sur cet ordinateur ne peuvent plus être renvoyés d’ici : demandez à l’administrateur de votre école de restaurer le serveur à partir d’une sauvegarde plus récente, ou saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Stop all network use: nothing is sent or received until you switch this off. Everything you do is saved on this computer.</source>
        <translation>Arrête tout usage du réseau : rien n’est envoyé ni reçu jusqu’à ce que vous le désactiviez. Tout ce que vous faites est enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s now</source>
        <translation>Envoyer vos modifications et recevoir celles des autres maintenant</translation>
    </message>
</context>
<context>
    <name>SyncTray</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Show Daftar</source>
        <translation>Afficher Daftar</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Students enrolled</source>
        <translation>Élèves inscrits</translation>
    </message>
    <message>
        <source>Roll call taken</source>
        <translation>Appel fait</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Roll call by section</source>
        <translation>Appel par classe</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln section(s)</source>
        <translation>
            <numerusform>dans %Ln classe</numerusform>
            <numerusform>dans %Ln classes</numerusform>
        </translation>
    </message>
    <message>
        <source>{taken} of {total}</source>
        <translation>{taken} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) not taken yet</source>
        <translation>
            <numerusform>%Ln classe sans appel</numerusform>
            <numerusform>%Ln classes sans appel</numerusform>
        </translation>
    </message>
    <message>
        <source>Every section is done</source>
        <translation>Toutes les classes sont faites</translation>
    </message>
    <message>
        <source>{share}% of those marked · {late} late</source>
        <translation>{share} % des marqués · {late} en retard</translation>
    </message>
    <message>
        <source>Nobody marked yet</source>
        <translation>Personne de marqué</translation>
    </message>
    <message>
        <source>{excused} excused · {half} half day</source>
        <translation>{excused} excusés · {half} demi-journée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln paiement</numerusform>
            <numerusform>%Ln paiements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept safe on this computer</source>
        <translation>Gardées en sécurité sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>{school} — Daftar</source>
        <translation>{school} — Daftar</translation>
    </message>
    <message>
        <source>Daftar was locked. Type your password to carry on; nothing was lost.</source>
        <translation>Daftar a été verrouillé. Saisissez votre mot de passe pour continuer ; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Who is using Daftar? Your password is checked on this computer, so no connection is needed.</source>
        <translation>Qui utilise Daftar ? Votre mot de passe est vérifié sur cet ordinateur : aucune connexion n’est nécessaire.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Sign in as someone else…</source>
        <translation>Se connecter sous un autre nom…</translation>
    </message>
    <message>
        <source>Another school…</source>
        <translation>Une autre école…</translation>
    </message>
    <message>
        <source>Nobody has signed in to this school on this computer yet. Sign in with the school&apos;s server first.</source>
        <translation>Personne ne s’est encore connecté à cette école sur cet ordinateur. Connectez-vous d’abord au serveur de l’école.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The people who sign in to Daftar, and their roles. Kept by the school&apos;s server: added and changed online only. A person switched off can no longer sign in.</source>
        <translation>Les personnes qui se connectent à Daftar, et leurs rôles. Tenu par le serveur de l’école : ajouts et modifications en ligne seulement. Une personne désactivée ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Add a Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Set a Password…</source>
        <translation>Définir un mot de passe…</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe (encore) :</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>{name} was added on the school&apos;s server and can sign in now. The list here is brought up to date by the sync under way.</source>
        <translation>{name} a été ajouté sur le serveur de l’école et peut se connecter dès maintenant. La liste ici sera mise à jour par la synchronisation en cours.</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>New Password for {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Encore :</translation>
    </message>
    <message>
        <source>The new password for {name} is kept on the school&apos;s server; they sign in with it from now on.</source>
        <translation>Le nouveau mot de passe de {name} est gardé sur le serveur de l’école ; il servira désormais à se connecter.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>a few seconds left</source>
        <translation>encore quelques secondes</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Takes attendance and enters marks for their classes.</source>
        <translation>Fait l’appel et saisit les notes de ses classes.</translation>
    </message>
    <message>
        <source>Keeps student records, takes fee payments and prints receipts.</source>
        <translation>Tient les dossiers des élèves, encaisse les frais et imprime les reçus.</translation>
    </message>
    <message>
        <source>Sees the whole school: who is absent, fees, results.</source>
        <translation>Voit toute l’école : les absents, les frais, les résultats.</translation>
    </message>
    <message>
        <source>Everything the principal sees, and this computer&apos;s settings.</source>
        <translation>Tout ce que voit le directeur, et les paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>Welcome to Daftar</source>
        <translation>Bienvenue dans Daftar</translation>
    </message>
    <message>
        <source>Attendance, marks, fees and receipts for your school. Everything is kept on this computer, so Daftar works without the internet, and is sent to the school&apos;s server when a connection is there.</source>
        <translation>Présences, notes, frais de scolarité et reçus pour votre école. Tout est conservé sur cet ordinateur, donc Daftar fonctionne sans internet, et tout est envoyé au serveur de l’école quand une connexion est là.</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server</source>
        <translation>Se connecter au serveur de votre école</translation>
    </message>
    <message>
        <source>Try the demo school</source>
        <translation>Essayer l’école de démonstration</translation>
    </message>
    <message>
        <source>A made-up school with its own server on this computer: sign in as a teacher, the front office or the principal and try everything, offline too.</source>
        <translation>Une école inventée avec son propre serveur sur cet ordinateur : connectez-vous comme enseignant, secrétariat ou directeur et essayez tout, hors ligne aussi.</translation>
    </message>
    <message>
        <source>Open a school file…</source>
        <translation>Ouvrir un fichier d’école…</translation>
    </message>
    <message>
        <source>Schools on this computer</source>
        <translation>Écoles sur cet ordinateur</translation>
    </message>
    <message>
        <source>The first sign-in needs the internet: Daftar registers this computer with the school and downloads what your role may see. After that, it works offline.</source>
        <translation>La première connexion a besoin d’internet : Daftar enregistre cet ordinateur auprès de l’école et télécharge ce que votre rôle peut voir. Ensuite, il fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>e.g. GHS</source>
        <translation>ex. GHS</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Code de l’école</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur :</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>Code de l’école :</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The demo school</source>
        <translation>L’école de démonstration</translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer…</source>
        <translation>Démarrage du serveur de l’école de démonstration sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Downloading the school</source>
        <translation>Téléchargement de l’école</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This happens once. Afterwards Daftar only sends and receives what changed.</source>
        <translation>Cela n’arrive qu’une fois. Ensuite, Daftar n’envoie et ne reçoit que ce qui a changé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type your school&apos;s code, like GHS: letters, digits, “-” or “_”. The school&apos;s office or admin can tell you.</source>
        <translation>Saisissez le code de votre école, comme GHS : lettres, chiffres, « - » ou « _ ». Le secrétariat ou l’administrateur de l’école peut vous le donner.</translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>This server address does not use https://: the connection is not encrypted.</source>
        <translation>Cette adresse de serveur n’utilise pas https:// : la connexion n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>Starting the demo school&apos;s server on this computer… The first time, it loads the school, which takes a little while.</source>
        <translation>Démarrage du serveur de l’école de démonstration sur cet ordinateur… La première fois, il charge l’école, ce qui prend un peu de temps.</translation>
    </message>
    <message>
        <source>This version of Daftar changed the demo school&apos;s server, so the demo school is being made again. Changes made in the demo before are not kept. This takes a little while…</source>
        <translation>Cette version de Daftar a changé le serveur de l’école de démonstration : l’école de démonstration est refaite. Les modifications faites avant dans la démonstration ne sont pas gardées. Cela prend un peu de temps…</translation>
    </message>
    <message>
        <source>Making the demo school on this computer for the first time. This takes a little while…</source>
        <translation>Création de l’école de démonstration sur cet ordinateur pour la première fois. Cela prend un peu de temps…</translation>
    </message>
    <message>
        <source>The demo school runs on its own server on this computer ({url}). Pick someone to sign in as; their password is shown, since this is only a demo.</source>
        <translation>L’école de démonstration tourne sur son propre serveur sur cet ordinateur ({url}). Choisissez sous quel nom vous connecter ; le mot de passe est affiché, puisque ce n’est qu’une démonstration.</translation>
    </message>
    <message>
        <source>username &lt;b&gt;{u}&lt;/b&gt;&lt;br&gt;password &lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>utilisateur &lt;b&gt;{u}&lt;/b&gt;&lt;br&gt;mot de passe &lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Downloading {school}</source>
        <translation>Téléchargement de {school}</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Stopping the download…</source>
        <translation>Arrêt du téléchargement…</translation>
    </message>
    <message>
        <source>The download was stopped. What had arrived is kept in this school&apos;s file, and the next sync finishes the download.</source>
        <translation>Le téléchargement a été arrêté. Ce qui était arrivé est gardé dans le fichier de l’école, et la prochaine synchronisation terminera le téléchargement.</translation>
    </message>
    <message>
        <source>The download was stopped and nothing of it was kept on this computer. Sign in again when you are ready to download the school.</source>
        <translation>Le téléchargement a été arrêté et rien n’a été gardé sur cet ordinateur. Reconnectez-vous quand vous serez prêt à télécharger l’école.</translation>
    </message>
    <message>
        <source>Receiving the school: {done} of {total} rows</source>
        <translation>Réception de l’école : {done} lignes sur {total}</translation>
    </message>
    <message>
        <source>Working out the time left…</source>
        <translation>Calcul du temps restant…</translation>
    </message>
    <message>
        <source>Sending changes made on this computer…</source>
        <translation>Envoi des modifications faites sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Checking that everything arrived…</source>
        <translation>Vérification que tout est arrivé…</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque fini</translation>
    </message>
    <message>
        <source>Registering this computer with the school…</source>
        <translation>Enregistrement de cet ordinateur auprès de l’école…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument était attendu</translation>
    </message>
</context>
<context>
    <name>services.assessments</name>
    <message>
        <source>Give at least one category a weight.</source>
        <translation>Donnez un poids à au moins une catégorie.</translation>
    </message>
    <message>
        <source>Every weight needs a category name.</source>
        <translation>Chaque poids doit avoir un nom de catégorie.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is too long for a category name (at most {limit} characters).</source>
        <translation>« {category} » est trop long pour un nom de catégorie ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>The weight of {category} must be a whole percentage from 1 to 100.</source>
        <translation>Le poids de {category} doit être un pourcentage entier de 1 à 100.</translation>
    </message>
    <message>
        <source>The weights total {total}%, not 100%: add {missing}% so the term result is complete.</source>
        <translation>Les poids totalisent {total} %, et non 100 % : ajoutez {missing} % pour que le résultat du trimestre soit complet.</translation>
    </message>
    <message>
        <source>The weights total {total}%, not 100%: remove {extra}% so the term result is complete.</source>
        <translation>Les poids totalisent {total} %, et non 100 % : retirez {extra} % pour que le résultat du trimestre soit complet.</translation>
    </message>
    <message>
        <source>Only the principal can change how categories are weighted.</source>
        <translation>Seul le directeur peut modifier le poids des catégories.</translation>
    </message>
    <message>
        <source>This subject is not on this device.</source>
        <translation>Cette matière n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>{published} is already published: changing the weights now would change results families have seen. They can change at the start of the next year.</source>
        <translation>{published} est déjà publié : modifier les poids maintenant changerait des résultats que les familles ont vus. Ils pourront changer au début de l’année prochaine.</translation>
    </message>
    <message>
        <source>Assessments of {subject} use {dropped}: keep a weight for it, or change those assessments first.</source>
        <translation>Des évaluations de {subject} utilisent {dropped} : gardez-lui un poids, ou modifiez d’abord ces évaluations.</translation>
    </message>
    <message>
        <source>Give the assessment a name.</source>
        <translation>Donnez un nom à l’évaluation.</translation>
    </message>
    <message>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>Le nom est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>Choose the assessment&apos;s category.</source>
        <translation>Choisissez la catégorie de l’évaluation.</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; has no weight in this subject; choose one of: {weights} (the principal sets the weights).</source>
        <translation>« {category} » n’a pas de poids dans cette matière ; choisissez parmi : {weights} (le directeur fixe les poids).</translation>
    </message>
    <message>
        <source>The maximum marks must be more than 0.</source>
        <translation>La note maximale doit être supérieure à 0.</translation>
    </message>
    <message>
        <source>The maximum marks can be at most 1000.</source>
        <translation>La note maximale est de 1000 au plus.</translation>
    </message>
    <message>
        <source>The weight within the category must be a whole number from 1 to 100.</source>
        <translation>Le poids dans la catégorie doit être un nombre entier de 1 à 100.</translation>
    </message>
    <message>
        <source>The date is outside {term} ({starts_on} to {ends_on}).</source>
        <translation>La date est en dehors de {term} (du {starts_on} au {ends_on}).</translation>
    </message>
    <message>
        <source>Only teachers and the principal can create assessments.</source>
        <translation>Seuls les enseignants et le directeur peuvent créer des évaluations.</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot create its assessments.</source>
        <translation>Vous n’enseignez pas cette matière dans cette classe : vous ne pouvez pas en créer les évaluations.</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>Ce trimestre n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This assessment does not exist on this device.</source>
        <translation>Cette évaluation n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot change its assessments.</source>
        <translation>Vous n’enseignez pas cette matière dans cette classe : vous ne pouvez pas en modifier les évaluations.</translation>
    </message>
    <message>
        <source>{student} already has {mark} ({count} mark(s) above {maximum}): correct those marks before lowering the maximum.</source>
        <translation>{student} a déjà {mark} ({count} note(s) au-dessus de {maximum}) : corrigez ces notes avant de baisser le maximum.</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot remove its assessments.</source>
        <translation>Vous n’enseignez pas cette matière dans cette classe : vous ne pouvez pas en supprimer les évaluations.</translation>
    </message>
    <message>
        <source>{assessment} has {count} mark(s): clear them first if it really must go.</source>
        <translation>{assessment} a {count} note(s) : effacez-les d’abord si elle doit vraiment disparaître.</translation>
    </message>
</context>
<context>
    <name>services.attendance</name>
    <message>
        <source>Attendance cannot be taken for a future day ({on}).</source>
        <translation>L’appel ne peut pas être fait pour un jour à venir ({on}).</translation>
    </message>
    <message>
        <source>Attendance for {on} can no longer be changed: the school allows changes for {attendance_edit_days} days. Ask the principal to change it.</source>
        <translation>L’appel du {on} ne peut plus être modifié : l’école autorise les modifications pendant {attendance_edit_days} jours. Demandez au directeur de le modifier.</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>Cette classe n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the school&apos;s attendance codes.</source>
        <translation>« {code} » n’est pas un des codes de présence de l’école.</translation>
    </message>
    <message>
        <source>Only the office can mark &apos;{label}&apos; ({code}).</source>
        <translation>Seul le secrétariat peut marquer « {label} » ({code}).</translation>
    </message>
    <message>
        <source>This school file has no school in it yet; sign in to download it.</source>
        <translation>Ce fichier d’école ne contient pas encore d’école ; connectez-vous pour la télécharger.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>un jour férié</translation>
    </message>
    <message>
        <source>a day the school is closed</source>
        <translation>un jour de fermeture de l’école</translation>
    </message>
    <message>
        <source>{on} is {what} ({name}): no roll call is taken.</source>
        <translation>Le {on} est {what} ({name}) : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{on} is {what}: no roll call is taken.</source>
        <translation>Le {on} est {what} : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{weekday} {on} is a weekend day at this school: no roll call is taken.</source>
        <translation>{weekday} {on} est un jour de week-end dans cette école : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{on} is outside every term of the school: no roll call is taken.</source>
        <translation>Le {on} est en dehors de tous les trimestres de l’école : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>{on} is outside the school year: no roll call is taken.</source>
        <translation>Le {on} est en dehors de l’année scolaire : pas d’appel ce jour-là.</translation>
    </message>
    <message>
        <source>This school takes attendance by period (1 to {periods_per_day}); choose a period.</source>
        <translation>Cette école fait l’appel à chaque heure de cours (1 à {periods_per_day}) ; choisissez une heure.</translation>
    </message>
    <message>
        <source>This school takes one roll call a day, not by period.</source>
        <translation>Cette école fait un seul appel par jour, pas à chaque heure de cours.</translation>
    </message>
    <message>
        <source>The school no longer uses the code &apos;{code}&apos; ({removed}); choose another code.</source>
        <translation>L’école n’utilise plus le code « {code} » ({removed}) ; choisissez un autre code.</translation>
    </message>
    <message>
        <source>Not enrolled in {section} on {on}: {names}. The class list has changed; it was read again, check it and save.</source>
        <translation>Pas inscrits en {section} le {on} : {names}. La liste de la classe a changé ; elle a été relue, vérifiez-la et enregistrez.</translation>
    </message>
    <message>
        <source>this class</source>
        <translation>cette classe</translation>
    </message>
</context>
<context>
    <name>services.comments</name>
    <message>
        <source>&apos;{kind}&apos; is not a kind of remark: it is the class teacher&apos;s or the principal&apos;s.</source>
        <translation>« {kind} » n’est pas un type d’appréciation : c’est celle du professeur principal ou du directeur.</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>Cette classe n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This term does not exist on this device.</source>
        <translation>Ce trimestre n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>{term} is published; its report cards are frozen.</source>
        <translation>{term} est publié ; ses bulletins sont figés.</translation>
    </message>
    <message>
        <source>Only the principal writes the principal&apos;s remarks.</source>
        <translation>Seul le directeur écrit les appréciations du directeur.</translation>
    </message>
    <message>
        <source>Only the class teacher or a teacher of {section} writes the class teacher&apos;s remarks.</source>
        <translation>Seul le professeur principal ou un enseignant de {section} écrit les appréciations du professeur principal.</translation>
    </message>
    <message>
        <source>This class or term does not exist on this device.</source>
        <translation>Cette classe ou ce trimestre n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>{who} is not in {section} during {term}; no remark was saved.</source>
        <translation>{who} n’est pas en {section} pendant {term} ; aucune appréciation n’a été enregistrée.</translation>
    </message>
    <message>
        <source>The remark for {student} is {length} characters long; a report card has room for {limit}. Shorten it; nothing was saved.</source>
        <translation>L’appréciation pour {student} fait {length} caractères ; un bulletin en contient {limit} au plus. Raccourcissez-la ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>services.conflicts</name>
    <message>
        <source>This item is no longer in the inbox.</source>
        <translation>Cet élément n’est plus dans la boîte de réception.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>Only a teacher of this class or the principal can resolve this conflict.</source>
        <translation>Seul un enseignant de cette classe ou le directeur peut résoudre ce conflit.</translation>
    </message>
    <message>
        <source>The mark in conflict is not on this device.</source>
        <translation>La note en conflit n’est pas sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>services.day_book</name>
    <message>
        <source>Only the office can close the cash.</source>
        <translation>Seul le secrétariat peut clôturer la caisse.</translation>
    </message>
    <message>
        <source>The counted cash must be zero or more.</source>
        <translation>L’espèce comptée doit être de zéro ou plus.</translation>
    </message>
    <message>
        <source>A day that has not come yet cannot be closed.</source>
        <translation>Un jour qui n’est pas encore arrivé ne peut pas être clôturé.</translation>
    </message>
    <message>
        <source>Your cash of {day} is already closed on this computer.</source>
        <translation>Votre caisse du {day} est déjà clôturée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The count differs from the day book: write a note saying why.</source>
        <translation>Le comptage diffère du journal de caisse : écrivez une note qui explique pourquoi.</translation>
    </message>
</context>
<context>
    <name>services.exports</name>
    <message>
        <source>Daftar exports to .csv or .xlsx, not &quot;{suffix}&quot;.</source>
        <translation>Daftar exporte en .csv ou .xlsx, pas en « {suffix} ».</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; this year (the sections are {names}).</source>
        <translation>Il n’y a pas de classe « {name} » cette année (les classes sont {names}).</translation>
    </message>
    <message>
        <source>There is no term &quot;{name}&quot; this year (the terms are {names}).</source>
        <translation>Il n’y a pas de trimestre « {name} » cette année (les trimestres sont {names}).</translation>
    </message>
    <message>
        <source>There is no subject &quot;{name}&quot; (the subjects are {names}).</source>
        <translation>Il n’y a pas de matière « {name} » (les matières sont {names}).</translation>
    </message>
    <message>
        <source>There is no student with admission number {admission_no} on this computer.</source>
        <translation>Aucun élève n’a le numéro d’inscription {admission_no} sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That class or term is not on this computer.</source>
        <translation>Cette classe ou ce trimestre n’est pas sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>services.fee_structures</name>
    <message>
        <source>{term} fees: {heads}</source>
        <translation>Frais de scolarité, {term} : {heads}</translation>
    </message>
    <message>
        <source>Late fee (charged {date})</source>
        <translation>Pénalité de retard (appliquée le {date})</translation>
    </message>
    <message>
        <source>Late fee, {percent}% of what was owed (charged {date})</source>
        <translation>Pénalité de retard, {percent} % du montant dû (appliquée le {date})</translation>
    </message>
    <message>
        <source>This school file has no school in it.</source>
        <translation>Ce fichier d’école ne contient pas d’école.</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>Ce trimestre n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>Only the office can set up fees.</source>
        <translation>Seul le secrétariat peut paramétrer les frais.</translation>
    </message>
    <message>
        <source>A fee head needs a short code (e.g. TUI) and a name (e.g. Tuition).</source>
        <translation>Un poste de frais a besoin d’un code court (p. ex. TUI) et d’un nom (p. ex. Scolarité).</translation>
    </message>
    <message>
        <source>A fee head&apos;s code is at most 20 characters and its name at most 100.</source>
        <translation>Le code d’un poste de frais fait au plus 20 caractères et son nom au plus 100.</translation>
    </message>
    <message>
        <source>The code {code} is already used by the fee head “{head}”.</source>
        <translation>Le code {code} est déjà utilisé par le poste de frais « {head} ».</translation>
    </message>
    <message>
        <source>This fee head is not on this device.</source>
        <translation>Ce poste de frais n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>A fee must be more than zero; to stop charging it, remove it from the structure.</source>
        <translation>Un frais doit être supérieur à zéro ; pour ne plus le facturer, retirez-le de la grille.</translation>
    </message>
    <message>
        <source>This fee is larger than any a school charges; check the zeros.</source>
        <translation>Ce frais dépasse tout ce qu’une école facture ; vérifiez les zéros.</translation>
    </message>
    <message>
        <source>The due date must fall in the academic year {year} ({starts_on} to {ends_on}).</source>
        <translation>L’échéance doit tomber dans l’année scolaire {year} (du {starts_on} au {ends_on}).</translation>
    </message>
    <message>
        <source>This line of the fee structure is no longer there.</source>
        <translation>Cette ligne de la grille de frais n’existe plus.</translation>
    </message>
    <message>
        <source>A fee head chosen is not in this grade level&apos;s structure for the term.</source>
        <translation>Un poste de frais choisi ne figure pas dans la grille de ce niveau pour le trimestre.</translation>
    </message>
    <message>
        <source>Grade {grade_level} has no fees set for this term: add them to the structure first.</source>
        <translation>Le niveau {grade_level} n’a pas de frais pour ce trimestre : ajoutez-les d’abord à la grille.</translation>
    </message>
    <message>
        <source>Only the office can issue invoices.</source>
        <translation>Seul le secrétariat peut émettre des factures.</translation>
    </message>
    <message>
        <source>A concession is a percentage or a fixed amount.</source>
        <translation>Une réduction est un pourcentage ou un montant fixe.</translation>
    </message>
    <message>
        <source>A concession must be more than zero.</source>
        <translation>Une réduction doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A percentage concession is at most 100 %.</source>
        <translation>Une réduction en pourcentage est de 100 % au plus.</translation>
    </message>
    <message>
        <source>Say why the concession is given; the reason is kept with it.</source>
        <translation>Indiquez pourquoi la réduction est accordée ; le motif est conservé avec elle.</translation>
    </message>
    <message>
        <source>The reason is at most 200 characters.</source>
        <translation>Le motif fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Only the principal or an admin can approve a concession.</source>
        <translation>Seul le directeur ou un administrateur peut approuver une réduction.</translation>
    </message>
    <message>
        <source>This invoice is not on this device.</source>
        <translation>Cette facture n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This invoice has no such fee to reduce.</source>
        <translation>Cette facture n’a pas ce frais à réduire.</translation>
    </message>
    <message>
        <source>This percentage of the fee is less than the smallest unit of money.</source>
        <translation>Ce pourcentage du frais est inférieur à la plus petite unité monétaire.</translation>
    </message>
    <message>
        <source>This concession is already granted on this invoice.</source>
        <translation>Cette réduction est déjà accordée sur cette facture.</translation>
    </message>
    <message>
        <source>Concessions would come to more than the fee: {amount} {currency} is left to reduce on invoice {number}.</source>
        <translation>Les réductions dépasseraient le frais : il reste {amount} {currency} à réduire sur la facture {number}.</translation>
    </message>
    <message>
        <source>Choose the category of students the concession is for.</source>
        <translation>Choisissez la catégorie d’élèves concernée par la réduction.</translation>
    </message>
    <message>
        <source>No student of the category “{category}” has an invoice for this term.</source>
        <translation>Aucun élève de la catégorie « {category} » n’a de facture pour ce trimestre.</translation>
    </message>
    <message>
        <source>A late fee is a fixed amount or a percentage of what is still owed.</source>
        <translation>Une pénalité de retard est un montant fixe ou un pourcentage de ce qui reste dû.</translation>
    </message>
    <message>
        <source>The days after the due date must be between 0 and 365.</source>
        <translation>Le nombre de jours après l’échéance doit être compris entre 0 et 365.</translation>
    </message>
    <message>
        <source>A late fee must be more than zero.</source>
        <translation>Une pénalité de retard doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A late fee is at most 100 % of what is owed.</source>
        <translation>Une pénalité de retard est de 100 % au plus de ce qui est dû.</translation>
    </message>
    <message>
        <source>Only the principal or an admin can set the late-fee rule.</source>
        <translation>Seul le directeur ou un administrateur peut fixer la règle des pénalités de retard.</translation>
    </message>
    <message>
        <source>Only the office can charge late fees.</source>
        <translation>Seul le secrétariat peut facturer des pénalités de retard.</translation>
    </message>
    <message>
        <source>The school has no late-fee rule; the principal sets it under Fee structures.</source>
        <translation>L’école n’a pas de règle de pénalité de retard ; le directeur la fixe dans Grilles de frais.</translation>
    </message>
</context>
<context>
    <name>services.fees</name>
    <message>
        <source>Type the amount received.</source>
        <translation>Saisissez le montant reçu.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; to give money back, cancel the payment.</source>
        <translation>Le montant ne peut pas être négatif ; pour rendre de l’argent, annulez le paiement.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>« {text} » n’est pas un montant.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount; type digits, e.g. 1250{decimal_point}50.</source>
        <translation>« {text} » n’est pas un montant ; saisissez des chiffres, p. ex. 1250{decimal_point}50.</translation>
    </message>
    <message>
        <source>This currency has no smaller unit: type a whole amount.</source>
        <translation>Cette monnaie n’a pas de sous-unité : saisissez un montant entier.</translation>
    </message>
    <message>
        <source>This currency has {digits} decimal places; the amount has more.</source>
        <translation>Cette monnaie a {digits} décimales ; le montant en a plus.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This amount is larger than any payment a school takes at once; check the zeros.</source>
        <translation>Ce montant dépasse tout paiement qu’une école reçoit en une fois ; vérifiez les zéros.</translation>
    </message>
    <message>
        <source>This device is not registered with the school yet; sign in once online to take payments.</source>
        <translation>Cet appareil n’est pas encore enregistré auprès de l’école ; connectez-vous une fois en ligne pour encaisser des paiements.</translation>
    </message>
    <message>
        <source>This school file was restored from a backup: sync once before taking payments, so that no receipt number is given twice.</source>
        <translation>Ce fichier d’école a été restauré depuis une sauvegarde : synchronisez une fois avant d’encaisser des paiements, pour qu’aucun numéro de reçu ne soit donné deux fois.</translation>
    </message>
    <message>
        <source>Only the office can take payments.</source>
        <translation>Seul le secrétariat peut encaisser des paiements.</translation>
    </message>
    <message>
        <source>&apos;{mode}&apos; is not a way of paying Daftar knows.</source>
        <translation>« {mode} » n’est pas un moyen de paiement que Daftar connaît.</translation>
    </message>
    <message>
        <source>A cheque, bank transfer or mobile money payment needs its reference number.</source>
        <translation>Un paiement par chèque, virement bancaire ou paiement mobile a besoin de son numéro de référence.</translation>
    </message>
    <message>
        <source>This student does not exist on this device.</source>
        <translation>Cet élève n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>terminé sa scolarité</translation>
    </message>
    <message>
        <source>left the school</source>
        <translation>quitté l’école</translation>
    </message>
    <message>
        <source>{student} has {word} and owes nothing: no payment can be taken.</source>
        <translation>{student} a {word} et ne doit rien : aucun paiement ne peut être encaissé.</translation>
    </message>
    <message>
        <source>{student} has {word}: only what is still owed can be paid, at most {amount} {currency}.</source>
        <translation>{student} a {word} : seul ce qui reste dû peut être payé, soit {amount} {currency} au plus.</translation>
    </message>
    <message>
        <source>The cash of {day} is closed on this computer: a payment for that day can no longer be taken. Take it on an open day.</source>
        <translation>La caisse du {day} est clôturée sur cet ordinateur : plus aucun paiement ne peut être encaissé pour ce jour. Encaissez-le sur un jour ouvert.</translation>
    </message>
    <message>
        <source>The amounts allocated to invoices must be positive and add up to at most the payment.</source>
        <translation>Les montants affectés aux factures doivent être positifs et ne pas dépasser, ensemble, le paiement.</translation>
    </message>
    <message>
        <source>Only the office can cancel a payment.</source>
        <translation>Seul le secrétariat peut annuler un paiement.</translation>
    </message>
    <message>
        <source>Say why the payment is cancelled; the reason is kept with the receipt.</source>
        <translation>Indiquez pourquoi le paiement est annulé ; le motif est conservé avec le reçu.</translation>
    </message>
    <message>
        <source>This payment does not exist on this device.</source>
        <translation>Ce paiement n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>Receipt {receipt_no} is already cancelled.</source>
        <translation>Le reçu {receipt_no} est déjà annulé.</translation>
    </message>
    <message>
        <source>Your cash for today is closed on this computer: nothing more can be cancelled today. Cancel it tomorrow; the cancellation goes in that day&apos;s book.</source>
        <translation>Votre caisse du jour est clôturée sur cet ordinateur : plus rien ne peut être annulé aujourd’hui. Annulez demain ; l’annulation ira dans le journal de ce jour-là.</translation>
    </message>
    <message>
        <source>This student is no longer on this device.</source>
        <translation>Cet élève n’est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>{mode} {reference}</source>
        <translation>{mode} {reference}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Annulé : {reason}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Paiement mobile</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Concession {percent} {reason} (approved by {approver})</source>
        <translation>Réduction {percent} {reason} (approuvée par {approver})</translation>
    </message>
    <message>
        <source>Concession {percent} {reason}</source>
        <translation>Réduction {percent} {reason}</translation>
    </message>
    <message>
        <source>Concession {reason} (approved by {approver})</source>
        <translation>Réduction {reason} (approuvée par {approver})</translation>
    </message>
    <message>
        <source>Concession {reason}</source>
        <translation>Réduction {reason}</translation>
    </message>
    <message>
        <source>This payment is not on this device.</source>
        <translation>Ce paiement n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>A payment chosen for printing is not on this device.</source>
        <translation>Un paiement choisi pour l’impression n’est pas sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>services.grades</name>
    <message>
        <source>&apos;{text}&apos; is not a mark: type a number, &apos;ab&apos; for absent or &apos;ex&apos; for exempt.</source>
        <translation>« {text} » n’est pas une note : saisissez un nombre, « ab » pour absent ou « ex » pour dispensé.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a mark: marks are 0 or more.</source>
        <translation>« {text} » n’est pas une note : les notes valent 0 ou plus.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has too many decimals: use at most two.</source>
        <translation>« {text} » a trop de décimales : deux au plus.</translation>
    </message>
    <message>
        <source>{text} is more than the maximum of {maximum}.</source>
        <translation>{text} dépasse le maximum de {maximum}.</translation>
    </message>
    <message>
        <source>{term} is published; its marks and results are frozen.</source>
        <translation>{term} est publié ; ses notes et résultats sont figés.</translation>
    </message>
    <message>
        <source>Mark entry for {term} is closed; marks are read-only.</source>
        <translation>La saisie des notes de {term} est fermée ; les notes sont en lecture seule.</translation>
    </message>
    <message>
        <source>This assessment does not exist on this device.</source>
        <translation>Cette évaluation n’existe pas sur cet appareil.</translation>
    </message>
    <message>
        <source>You do not teach this subject in this class, so you cannot enter its marks.</source>
        <translation>Vous n’enseignez pas cette matière dans cette classe : vous ne pouvez pas en saisir les notes.</translation>
    </message>
    <message>
        <source>Only teachers and the principal can enter marks.</source>
        <translation>Seuls les enseignants et le directeur peuvent saisir des notes.</translation>
    </message>
    <message>
        <source>{who}: not in this class, so no mark can be entered for them here.</source>
        <translation>{who} : pas dans cette classe, aucune note ne peut donc être saisie ici.</translation>
    </message>
    <message>
        <source>{student} left this class on {ends_on}, before this assessment; no mark can be entered for them.</source>
        <translation>{student} a quitté cette classe le {ends_on}, avant cette évaluation ; aucune note ne peut être saisie.</translation>
    </message>
    <message>
        <source>A mark is a number, absent or exempt.</source>
        <translation>Une note est un nombre, absent ou dispensé.</translation>
    </message>
    <message>
        <source>A mark is more than the assessment&apos;s maximum.</source>
        <translation>Une note dépasse le maximum de l’évaluation.</translation>
    </message>
    <message>
        <source>This term is not on this device.</source>
        <translation>Ce trimestre n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>A grade scale needs at least two grades.</source>
        <translation>Un barème a besoin d’au moins deux mentions.</translation>
    </message>
    <message>
        <source>Every band needs a grade name.</source>
        <translation>Chaque tranche a besoin d’un nom de mention.</translation>
    </message>
    <message>
        <source>Each grade can appear only once in a scale.</source>
        <translation>Chaque mention ne peut figurer qu’une fois dans un barème.</translation>
    </message>
    <message>
        <source>The minimum for {grade} must be a percentage.</source>
        <translation>Le minimum de {grade} doit être un pourcentage.</translation>
    </message>
    <message>
        <source>The minimum for {grade} must be between 0 and 100%.</source>
        <translation>Le minimum de {grade} doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Two grades start at the same percentage.</source>
        <translation>Deux mentions commencent au même pourcentage.</translation>
    </message>
    <message>
        <source>The lowest grade must start at 0%, so every result has a grade.</source>
        <translation>La mention la plus basse doit commencer à 0 %, pour que chaque résultat ait une mention.</translation>
    </message>
    <message>
        <source>Choose the lowest passing grade from the scale&apos;s grades.</source>
        <translation>Choisissez la plus basse mention d’admission parmi celles du barème.</translation>
    </message>
    <message>
        <source>Only the principal can change the grade scale.</source>
        <translation>Seul le directeur peut modifier le barème des notes.</translation>
    </message>
    <message>
        <source>Give the grade scale a name.</source>
        <translation>Donnez un nom au barème des notes.</translation>
    </message>
    <message>
        <source>{published} is already published: changing the grade scale now would change results families have seen. It can change at the start of the next year.</source>
        <translation>{published} est déjà publié : modifier le barème maintenant changerait des résultats que les familles ont vus. Il pourra changer au début de l’année prochaine.</translation>
    </message>
    <message>
        <source>Only the principal can open, close or publish a term&apos;s marks.</source>
        <translation>Seul le directeur peut ouvrir, fermer ou publier les notes d’un trimestre.</translation>
    </message>
    <message>
        <source>{term} is published; its marks cannot be reopened.</source>
        <translation>{term} est publié ; ses notes ne peuvent pas être rouvertes.</translation>
    </message>
</context>
<context>
    <name>services.registers</name>
    <message>
        <source>This student is not on this computer.</source>
        <translation>Cet élève n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This class does not exist on this device.</source>
        <translation>Cette classe n’existe pas sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>services.results</name>
    <message>
        <source>This term is not on this device.</source>
        <translation>Ce trimestre n’est pas sur cet appareil.</translation>
    </message>
    <message>
        <source>This class is not on this device for that term&apos;s year.</source>
        <translation>Cette classe n’est pas sur cet appareil pour l’année de ce trimestre.</translation>
    </message>
    <message>
        <source>This class is not on this device.</source>
        <translation>Cette classe n’est pas sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>services.roster_import</name>
    <message>
        <source>The roster was not imported: {count} problem(s) to correct first.</source>
        <translation>La liste d’élèves n’a pas été importée : {count} problème(s) à corriger d’abord.</translation>
    </message>
    <message>
        <source>Admission no.</source>
        <translation>N° d’inscription</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Roll no.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du responsable</translation>
    </message>
    <message>
        <source>Guardian&apos;s email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>guardian&apos;s phone</source>
        <translation>téléphone du responsable</translation>
    </message>
    <message>
        <source>guardian&apos;s email</source>
        <translation>e-mail du responsable</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>There is no file {path} there.</source>
        <translation>Il n’y a pas de fichier {path} à cet endroit.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} est vide.</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV, then import that.</source>
        <translation>{path} est un ancien classeur Excel 97–2003 (.xls). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx) ou en CSV, puis importez celui-ci.</translation>
    </message>
    <message>
        <source>{path} is a PDF, not a spreadsheet. Import the roster as CSV or XLSX.</source>
        <translation>{path} est un PDF, pas un tableur. Importez la liste d’élèves en CSV ou en XLSX.</translation>
    </message>
    <message>
        <source>{name} says it is UTF-16 but is damaged; save it again from the spreadsheet.</source>
        <translation>{name} se dit en UTF-16 mais est endommagé ; enregistrez-le à nouveau depuis le tableur.</translation>
    </message>
    <message>
        <source>{name} is not a text file or a spreadsheet Daftar can read. Save the roster as CSV or as an Excel workbook (.xlsx).</source>
        <translation>{name} n’est pas un fichier texte ni un tableur que Daftar sait lire. Enregistrez la liste d’élèves en CSV ou comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is in an encoding Daftar cannot tell. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import that.</source>
        <translation>{name} est dans un encodage que Daftar ne reconnaît pas. Enregistrez-le depuis le tableur en « CSV UTF-8 » et importez celui-ci.</translation>
    </message>
    <message>
        <source>{path} is not a text file or a spreadsheet Daftar can read. Save the roster as CSV or as an Excel workbook (.xlsx).</source>
        <translation>{path} n’est pas un fichier texte ni un tableur que Daftar sait lire. Enregistrez la liste d’élèves en CSV ou comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Read as {encoding} text, columns separated by {delimiter}.</source>
        <translation>Lu comme texte {encoding}, colonnes séparées par des {delimiter}.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>{path} is a damaged workbook; open it in the spreadsheet and save it again.</source>
        <translation>{path} est un classeur endommagé ; ouvrez-le dans le tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook. Import a .xlsx or a .csv file.</source>
        <translation>{path} est un fichier zip mais pas un classeur Excel. Importez un fichier .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a workbook ({kind}); open it in the spreadsheet and save it again as .xlsx.</source>
        <translation>{path} ne peut pas être lu comme classeur ({kind}) ; ouvrez-le dans le tableur et enregistrez-le à nouveau en .xlsx.</translation>
    </message>
    <message>
        <source>{path} has no sheets.</source>
        <translation>{path} n’a aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the sheet &quot;{sheet}&quot; was read.</source>
        <translation>Le classeur a plusieurs feuilles ; la feuille « {sheet} » a été lue.</translation>
    </message>
    <message>
        <source>Merged cells {cells} and {more} more: their value was used for every row they cover.</source>
        <translation>Cellules fusionnées {cells} et {more} autres : leur valeur a servi pour chaque ligne qu’elles couvrent.</translation>
    </message>
    <message>
        <source>Merged cells {cells}: their value was used for every row they cover.</source>
        <translation>Cellules fusionnées {cells} : leur valeur a servi pour chaque ligne qu’elles couvrent.</translation>
    </message>
    <message>
        <source>The formula {formula} has no saved result: open the file in the spreadsheet, let it calculate, and save it again (or paste values).</source>
        <translation>La formule {formula} n’a pas de résultat enregistré : ouvrez le fichier dans le tableur, laissez-le calculer et enregistrez-le à nouveau (ou collez les valeurs).</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} n’a aucune ligne.</translation>
    </message>
    <message>
        <source>Rows above row {row} were taken as a title and left out.</source>
        <translation>Les lignes au-dessus de la ligne {row} ont été prises pour un titre et laissées de côté.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; a roster has one row a student. Check that this is the right file.</source>
        <translation>{name} a plus de {limit} lignes ; une liste d’élèves a une ligne par élève. Vérifiez que c’est le bon fichier.</translation>
    </message>
    <message>
        <source>{count} blank row(s) between students were skipped.</source>
        <translation>{count} ligne(s) vide(s) entre des élèves ont été ignorées.</translation>
    </message>
    <message>
        <source>{name} has a header row but no students under it.</source>
        <translation>{name} a une ligne d’en-tête mais aucun élève en dessous.</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not FIELD=COLUMN (for example admission_no=Adm No).</source>
        <translation>« {part} » n’est pas de la forme CHAMP=COLONNE (par exemple admission_no=Adm No).</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a roster field. The fields are: {fields}.</source>
        <translation>« {key} » n’est pas un champ de la liste d’élèves. Les champs sont : {fields}.</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot;. Its columns are: {columns}.</source>
        <translation>Le fichier n’a pas de colonne « {column} ». Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <source>Choose the column with the admission number: students are matched on it.</source>
        <translation>Choisissez la colonne du numéro d’inscription : c’est par lui que les élèves sont reconnus.</translation>
    </message>
    <message>
        <source>Choose the column with the student&apos;s name (full name, or given name).</source>
        <translation>Choisissez la colonne du nom de l’élève (nom complet, ou prénom).</translation>
    </message>
    <message>
        <source>One column is chosen for both {first} and {second}.</source>
        <translation>Une même colonne est choisie pour {first} et pour {second}.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Ligne {row}, {column} : {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>The file, {column}: {problem}</source>
        <translation>Le fichier, {column} : {problem}</translation>
    </message>
    <message>
        <source>The file: {problem}</source>
        <translation>Le fichier : {problem}</translation>
    </message>
    <message>
        <source>day first (as in 25/03/2014)</source>
        <translation>jour en premier (comme dans 25/03/2014)</translation>
    </message>
    <message>
        <source>month first (as in 03/25/2014)</source>
        <translation>mois en premier (comme dans 03/25/2014)</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour en premier</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mois en premier</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date Daftar can read (write it as 2014-03-25).</source>
        <translation>« {text} » n’est pas une date que Daftar sait lire (écrivez-la comme 2014-03-25).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a real date (day {day}, month {month}, year {year}).</source>
        <translation>« {text} » n’est pas une vraie date (jour {day}, mois {month}, année {year}).</translation>
    </message>
    <message>
        <source>{number} is not a date.</source>
        <translation>{number} n’est pas une date.</translation>
    </message>
    <message>
        <source>The school has no academic year yet, so students cannot be put in sections. Set the year and its sections up first.</source>
        <translation>L’école n’a pas encore d’année scolaire : les élèves ne peuvent pas être placés dans des classes. Créez d’abord l’année et ses classes.</translation>
    </message>
    <message>
        <source>Dates like 03/04/2014 were read {how}.</source>
        <translation>Les dates comme 03/04/2014 ont été lues {how}.</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit.</source>
        <translation>fait {length} caractères ; {limit} au plus y tiennent.</translation>
    </message>
    <message>
        <source>The admission number is empty; every student needs one.</source>
        <translation>Le numéro d’inscription est vide ; chaque élève en a besoin d’un.</translation>
    </message>
    <message>
        <source>The admission number is {length} characters long; at most 32 fit.</source>
        <translation>Le numéro d’inscription fait {length} caractères ; 32 au plus y tiennent.</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is also on row {row}.</source>
        <translation>Le numéro d’inscription {admission_no} figure aussi à la ligne {row}.</translation>
    </message>
    <message>
        <source>The student&apos;s name is empty.</source>
        <translation>Le nom de l’élève est vide.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a gender Daftar knows (write M or F).</source>
        <translation>« {text} » n’est pas un sexe que Daftar connaît (écrivez M ou F).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a status (write active, left or graduated).</source>
        <translation>« {text} » n’est pas un statut (écrivez active, left ou graduated).</translation>
    </message>
    <message>
        <source>{born} is in the future.</source>
        <translation>{born} est dans le futur.</translation>
    </message>
    <message>
        <source>{born} is too long ago to be a student&apos;s birth.</source>
        <translation>{born} est trop ancien pour être la naissance d’un élève.</translation>
    </message>
    <message>
        <source>&quot;{email}&quot; is not an email address.</source>
        <translation>« {email} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (see row {row}).</source>
        <translation>Il n’y a pas de classe « {name} » en {year} (voir la ligne {row}).</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (the sections are {sections}). Add it in the school&apos;s setup, or correct the file.</source>
        <translation>Il n’y a pas de classe « {name} » en {year} (les classes sont {sections}). Ajoutez-la dans le paramétrage de l’école, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>There is no section &quot;{name}&quot; in {year} (it has no sections yet). Add it in the school&apos;s setup, or correct the file.</source>
        <translation>Il n’y a pas de classe « {name} » en {year} (elle n’a pas encore de classes). Ajoutez-la dans le paramétrage de l’école, ou corrigez le fichier.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a roll number (a whole number from 1).</source>
        <translation>« {text} » n’est pas un numéro d’ordre (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>Roll number {roll} in {section} is also on row {row}.</source>
        <translation>Le numéro d’ordre {roll} en {section} figure aussi à la ligne {row}.</translation>
    </message>
    <message>
        <source>Admission number {admission_no} belonged to a student removed from the school; give this student another number.</source>
        <translation>Le numéro d’inscription {admission_no} appartenait à un élève retiré de l’école ; donnez un autre numéro à cet élève.</translation>
    </message>
    <message>
        <source>Admission number {admission_no} is already {student}&apos;s in the school, but this row names {name}. Check the number.</source>
        <translation>Le numéro d’inscription {admission_no} est déjà celui de {student} dans l’école, mais cette ligne nomme {name}. Vérifiez le numéro.</translation>
    </message>
    <message>
        <source>section → {section}</source>
        <translation>classe → {section}</translation>
    </message>
    <message>
        <source>roll no. → {roll}</source>
        <translation>n° d’ordre → {roll}</translation>
    </message>
    <message>
        <source>Roll number {roll} in {section} belongs to another student of the section.</source>
        <translation>Le numéro d’ordre {roll} en {section} appartient à un autre élève de la classe.</translation>
    </message>
    <message>
        <source>Only the office or an administrator can import the roster.</source>
        <translation>Seul le secrétariat ou un administrateur peut importer la liste d’élèves.</translation>
    </message>
</context>
<context>
    <name>services.setup</name>
    <message>
        <source>Only the school&apos;s admin can change the set-up; the principal can read it.</source>
        <translation>Seul l’administrateur de l’école peut modifier le paramétrage ; le directeur peut le consulter.</translation>
    </message>
    <message>
        <source>Give the {what}.</source>
        <translation>Renseignez « {what} ».</translation>
    </message>
    <message>
        <source>The {what} is too long (at most {longest} characters).</source>
        <translation>« {what} » est trop long ({longest} caractères au plus).</translation>
    </message>
    <message>
        <source>The {what} is not a date (write it as YYYY-MM-DD).</source>
        <translation>« {what} » n’est pas une date (écrivez-la sous la forme AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>school&apos;s name</source>
        <translation>nom de l’école</translation>
    </message>
    <message>
        <source>The currency is its three-letter ISO 4217 code, such as PKR, KES or USD.</source>
        <translation>La monnaie s’écrit avec son code ISO 4217 à trois lettres, comme PKR, KES ou USD.</translation>
    </message>
    <message>
        <source>A currency has 0 to 3 digits after the decimal point.</source>
        <translation>Une monnaie a de 0 à 3 chiffres après la virgule.</translation>
    </message>
    <message>
        <source>{name} is not a time zone Daftar knows (choose one such as Asia/Karachi or Africa/Nairobi).</source>
        <translation>{name} n’est pas un fuseau horaire que Daftar connaît (choisissez-en un comme Asia/Karachi ou Africa/Nairobi).</translation>
    </message>
    <message>
        <source>An empty name</source>
        <translation>Un nom vide</translation>
    </message>
    <message>
        <source>The language is a locale name such as en_US or ur_PK.</source>
        <translation>La langue s’écrit avec un nom de paramètres régionaux comme en_US ou ur_PK.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>The logo could not be read; choose the image again.</source>
        <translation>Le logo n’a pas pu être lu ; choisissez à nouveau l’image.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>Le logo doit être enregistré comme image PNG.</translation>
    </message>
    <message>
        <source>The logo is too large ({size} KB); at most {limit} KB.</source>
        <translation>Le logo est trop lourd ({size} Ko) ; {limit} Ko au plus.</translation>
    </message>
    <message>
        <source>year&apos;s name</source>
        <translation>nom de l’année</translation>
    </message>
    <message>
        <source>The year must end after it starts.</source>
        <translation>L’année doit finir après son début.</translation>
    </message>
    <message>
        <source>An academic year can be at most 18 months long.</source>
        <translation>Une année scolaire dure au plus 18 mois.</translation>
    </message>
    <message>
        <source>There is already a year called {other}.</source>
        <translation>Il existe déjà une année nommée {other}.</translation>
    </message>
    <message>
        <source>These dates overlap the year {other} ({days}).</source>
        <translation>Ces dates chevauchent l’année {other} ({days}).</translation>
    </message>
    <message>
        <source>{term} ({days}) would fall outside the year; change the term first.</source>
        <translation>{term} ({days}) tomberait en dehors de l’année ; modifiez d’abord le trimestre.</translation>
    </message>
    <message>
        <source>Choose the year the term belongs to.</source>
        <translation>Choisissez l’année du trimestre.</translation>
    </message>
    <message>
        <source>term&apos;s name</source>
        <translation>nom du trimestre</translation>
    </message>
    <message>
        <source>The term must end on or after its first day.</source>
        <translation>Le trimestre doit finir le jour de son début ou après.</translation>
    </message>
    <message>
        <source>The term must lie inside the year {year} ({days}).</source>
        <translation>Le trimestre doit se situer dans l’année {year} ({days}).</translation>
    </message>
    <message>
        <source>A term&apos;s weight is a percentage from 0 to 100.</source>
        <translation>Le poids d’un trimestre est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>{year} already has a term called {other}.</source>
        <translation>{year} a déjà un trimestre nommé {other}.</translation>
    </message>
    <message>
        <source>These dates overlap {other} ({days}).</source>
        <translation>Ces dates chevauchent {other} ({days}).</translation>
    </message>
    <message>
        <source>The terms of {year} would weigh {total}% together; at most 100%.</source>
        <translation>Les trimestres de {year} pèseraient {total} % ensemble ; 100 % au plus.</translation>
    </message>
    <message>
        <source>That term is already gone.</source>
        <translation>Ce trimestre a déjà été supprimé.</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>fee amounts</source>
        <translation>montants de frais</translation>
    </message>
    <message>
        <source>{term} has {n} {what}; a term in use cannot be removed (change its dates instead).</source>
        <translation>{term} a {n} {what} ; un trimestre utilisé ne peut pas être supprimé (modifiez plutôt ses dates).</translation>
    </message>
    <message>
        <source>Roll calls were already taken on days you chose (the first: {first}; days with roll calls: {count}). Their marks are kept, but those days will no longer count in the registers and attendance rates. Press Save again to add them anyway.</source>
        <translation>Des appels ont déjà été faits pendant certains des jours choisis (le premier : {first} ; jours avec un appel : {count}). Leurs marques sont gardées, mais ces jours ne compteront plus dans les registres ni dans les taux de présence. Appuyez de nouveau sur Enregistrer pour les ajouter quand même.</translation>
    </message>
    <message>
        <source>A username is 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nom d’utilisateur compte de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The username {username} is already taken in this school.</source>
        <translation>Le nom d’utilisateur {username} est déjà pris dans cette école.</translation>
    </message>
    <message>
        <source>Choose a role: teacher, office, principal or admin.</source>
        <translation>Choisissez un rôle : enseignant, secrétariat, directeur ou administrateur.</translation>
    </message>
    <message>
        <source>person&apos;s full name</source>
        <translation>nom complet de la personne</translation>
    </message>
    <message>
        <source>A password needs at least {limit} characters.</source>
        <translation>Un mot de passe doit avoir au moins {limit} caractères.</translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation>Un mot de passe ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>That person is no longer in this school&apos;s list.</source>
        <translation>Cette personne ne figure plus dans la liste de l’école.</translation>
    </message>
    <message>
        <source>You cannot change your own role or switch off your own account; ask another admin.</source>
        <translation>Vous ne pouvez pas modifier votre propre rôle ni désactiver votre propre compte ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>The school must keep at least one active admin.</source>
        <translation>L’école doit garder au moins un administrateur actif.</translation>
    </message>
    <message>
        <source>That record is no longer there; it may have been removed on another computer.</source>
        <translation>Cet enregistrement n’existe plus ; il a peut-être été supprimé sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>That already exists.</source>
        <translation>Cela existe déjà.</translation>
    </message>
    <message>
        <source>That record is already gone.</source>
        <translation>Cet enregistrement a déjà été supprimé.</translation>
    </message>
    <message>
        <source>Choose the year the section belongs to.</source>
        <translation>Choisissez l’année de la classe.</translation>
    </message>
    <message>
        <source>section&apos;s name</source>
        <translation>nom de la classe</translation>
    </message>
    <message>
        <source>The grade level is a number from 0 (nursery) to 14.</source>
        <translation>Le niveau est un nombre de 0 (maternelle) à 14.</translation>
    </message>
    <message>
        <source>{year} already has a section called {other}.</source>
        <translation>{year} a déjà une classe nommée {other}.</translation>
    </message>
    <message>
        <source>class teacher</source>
        <translation>professeur principal</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>{section} has {enrolled} students enrolled; move them to another section before removing it.</source>
        <translation>{section} compte {enrolled} élèves inscrits ; déplacez-les dans une autre classe avant de la supprimer.</translation>
    </message>
    <message>
        <source>Choose an active member of staff as the {what}.</source>
        <translation>Choisissez un membre actif du personnel comme « {what} ».</translation>
    </message>
    <message>
        <source>{user} works in the office; a {what} is a teacher, the principal or an admin.</source>
        <translation>{user} travaille au secrétariat ; « {what} » doit être un enseignant, le directeur ou un administrateur.</translation>
    </message>
    <message>
        <source>subject&apos;s code</source>
        <translation>code de la matière</translation>
    </message>
    <message>
        <source>subject&apos;s name</source>
        <translation>nom de la matière</translation>
    </message>
    <message>
        <source>The code {code} is already used by {other}.</source>
        <translation>Le code {code} est déjà utilisé par {other}.</translation>
    </message>
    <message>
        <source>There is already a subject called {other}.</source>
        <translation>Il existe déjà une matière nommée {other}.</translation>
    </message>
    <message>
        <source>{subject} has {used} assessments in the gradebook; it cannot be removed.</source>
        <translation>{subject} a {used} évaluations dans le carnet de notes ; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>{subject} is still taught in {teaching} sections; remove those assignments first.</source>
        <translation>{subject} est encore enseignée dans {teaching} classes ; retirez d’abord ces affectations.</translation>
    </message>
    <message>
        <source>Choose the section.</source>
        <translation>Choisissez la classe.</translation>
    </message>
    <message>
        <source>Choose the subject.</source>
        <translation>Choisissez la matière.</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>Choose at least one weekday the subject is taught.</source>
        <translation>Choisissez au moins un jour de la semaine où la matière est enseignée.</translation>
    </message>
    <message>
        <source>{teacher} already teaches {subject} in {section}.</source>
        <translation>{teacher} enseigne déjà {subject} en {section}.</translation>
    </message>
    <message>
        <source>The {what} is 1 to {longest} letters or digits.</source>
        <translation>« {what} » compte de 1 à {longest} lettres ou chiffres.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>code&apos;s meaning</source>
        <translation>signification du code</translation>
    </message>
    <message>
        <source>Choose what the code counts as: present, absent, late, excused or half day.</source>
        <translation>Choisissez ce que le code compte : présent, absent, en retard, excusé ou demi-journée.</translation>
    </message>
    <message>
        <source>The letters {code} are already the code for {other}.</source>
        <translation>Les lettres {code} sont déjà le code de {other}.</translation>
    </message>
    <message>
        <source>{code} is already on the registers; its letters cannot change (its meaning can).</source>
        <translation>{code} figure déjà dans les registres ; ses lettres ne peuvent pas changer (sa signification, si).</translation>
    </message>
    <message>
        <source>The roll call needs at least one {kind} code.</source>
        <translation>L’appel a besoin d’au moins un code « {kind} ».</translation>
    </message>
    <message>
        <source>{code} ({label}) is on the registers already; it cannot be removed.</source>
        <translation>{code} ({label}) figure déjà dans les registres ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>{scale} is the scale results use; make another scale the default first.</source>
        <translation>{scale} est le barème utilisé par les résultats ; faites d’abord d’un autre barème celui par défaut.</translation>
    </message>
    <message>
        <source>fee&apos;s code</source>
        <translation>code du frais</translation>
    </message>
    <message>
        <source>fee&apos;s name</source>
        <translation>nom du frais</translation>
    </message>
    <message>
        <source>There is already a fee called {other}.</source>
        <translation>Il existe déjà un frais nommé {other}.</translation>
    </message>
    <message>
        <source>{code} is on invoices already; its code cannot change (its name can).</source>
        <translation>{code} figure déjà sur des factures ; son code ne peut pas changer (son nom, si).</translation>
    </message>
    <message>
        <source>{head} is on students&apos; invoices; it cannot be removed.</source>
        <translation>{head} figure sur des factures d’élèves ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>{head} has amounts in the fee structures; remove those first.</source>
        <translation>{head} a des montants dans les grilles de frais ; retirez-les d’abord.</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>Choose how attendance is taken: once a day or every period.</source>
        <translation>Choisissez comment l’appel est fait : une fois par jour ou à chaque heure de cours.</translation>
    </message>
    <message>
        <source>number of periods a day</source>
        <translation>nombre d’heures de cours par jour</translation>
    </message>
    <message>
        <source>number of days a roll call can still be changed</source>
        <translation>nombre de jours pendant lesquels un appel peut encore être changé</translation>
    </message>
    <message>
        <source>chronic-absence threshold</source>
        <translation>seuil d’absence chronique</translation>
    </message>
    <message>
        <source>The {what} is a whole number from {low} to {high}.</source>
        <translation>Le {what} est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>Weekend days are days of the week.</source>
        <translation>Les jours de week-end sont des jours de la semaine.</translation>
    </message>
    <message>
        <source>A school needs at least one day of the week that is not a weekend day.</source>
        <translation>Une école a besoin d’au moins un jour de la semaine qui ne soit pas un jour de week-end.</translation>
    </message>
    <message>
        <source>Choose a holiday or a closed day.</source>
        <translation>Choisissez un jour férié ou un jour de fermeture.</translation>
    </message>
    <message>
        <source>holiday&apos;s name</source>
        <translation>nom du congé</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour vient avant le premier.</translation>
    </message>
    <message>
        <source>At most {n} days can be added at once.</source>
        <translation>On peut ajouter au plus {n} jours à la fois.</translation>
    </message>
    <message>
        <source>Those days are all weekend days: there is no school then anyway.</source>
        <translation>Ces jours sont tous des jours de week-end : il n’y a de toute façon pas école.</translation>
    </message>
    <message>
        <source>{day} is already in the calendar; remove it first, or choose other days.</source>
        <translation>Le {day} est déjà dans le calendrier ; retirez-le d’abord, ou choisissez d’autres jours.</translation>
    </message>
</context>
</TS>
