"""The opportunity page's two public handlers as plain functions, for page types built on
`OpportunityPage` that call them from their own routes (a forum meeting, which swaps in its
own template). The work is the page's own (`OpportunityPage.registration_page` and
`thanks_page`)."""


def opportunity_detail(request, opportunity):
    return opportunity.registration_page(request)


def registration_thanks(request, opportunity):
    return opportunity.thanks_page(request)
