### Labels for the ids this site's content declares: data subjects and categories, staff
### groups, systems and their purposes, products, and its own sub-processor purpose and group.

subject-learners = Learners: the employees our customers enrol in courses and classes
subject-trainers = Trainers who teach live classes
subject-customer-admins = Our customers' administrators and billing contacts
category-account-details = Account details, such as name, work e-mail address and job title
category-learning-records = Learning records: enrolments, progress, quiz results and certificates
category-class-recordings = Recordings of live classes, with their chat, where the customer turns recording on
category-usage = Technical data about the use of { $org }, such as log-ins and the device used
access-group-platform-engineers = Platform engineers
access-purpose-platform-engineers = To build, run and repair the systems that hold the data.
access-group-support = Support staff
access-purpose-support = To help your learners, trainers and administrators when they ask us to.
access-group-other-staff = All other staff
access-purpose-other-staff = Their work does not require it.
system-hr = HR system
purpose-enrolment = Enrolling employees as learners
purpose-completion-reports = Reports of completed courses and certificates
applies-to-courses = Self-paced courses
applies-to-live-classes = Live online classes
subprocessor-purpose-captioning = Live captions and transcripts
subprocessor-group-accessibility = Accessibility services

## Why and how the data is processed (Annex I.B).
processing-purpose-courses = Running the customer's courses and keeping each learner's progress
processing-purpose-live-classes = Holding live classes and keeping their recordings for the class
processing-purpose-support = Helping learners, trainers and administrators use { $org }
processing-operation-collection = Collecting the data learners, trainers and administrators enter
processing-operation-storage = Storing the data
processing-operation-recording = Recording live classes
processing-operation-progress-reports = Reporting learners' progress to the customer's administrators
processing-operation-erasure = Deleting the data once it is no longer kept
