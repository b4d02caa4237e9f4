### Labels for the ids this site's content declares.

subject-end-users = The users of our customers' accounts
category-account-details = Account details, such as name and e-mail address
category-usage = Technical data about the use of the { $org } service
access-group-engineers = Engineers
access-purpose-engineers = To develop and maintain our systems.
access-group-other-staff = All other staff
access-purpose-other-staff = Their work does not require it.
