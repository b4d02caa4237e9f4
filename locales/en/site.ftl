### Labels for the ids this site's content declares (data subjects, categories, staff groups,
### systems, purposes).

subject-patients = Patients
subject-care-professionals = Healthcare professionals who work with the { $org } platform
category-identity-contact = Identity details, such as name and date of birth
category-programme-health-data = Health data that belongs to the care programme the patient is enrolled in, such as measurements and alerts
access-group-engineers = Engineers
access-purpose-engineers = To develop and maintain our systems. All engineers hold a bachelor's or master's degree in computer science or a related field.
access-group-support = Staff in support roles
access-purpose-support = To help your patients and healthcare professionals use the { $org } platform.
access-group-other-staff = All other staff
access-purpose-other-staff = As a rule, other staff do not have access to your users' data.
system-emr = Electronic medical record (EMR)
purpose-onboarding = Enrolling the patient
purpose-care-follow-up = Passing on alerts and measurements

## For the archive only: earlier publications listed this category (neither reference page
## names it); a language added later shows their pages with today's words.
category-usage = Technical data about the use of the { $org } platform
