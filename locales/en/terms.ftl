### Terms: how this site names its customers and their users.
### A new site (`candor init`) starts with neutral terms; change them to fit your customers.

-customer = healthcare provider
-customers = healthcare providers
