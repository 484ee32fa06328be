Feature: Add and remove formats
  Access pattern 3: the store starts or stops selling a book in a format.
  One entry of the book's Formats map changes in place, on a book that must already exist; a format's name is data, whatever it holds.

  Background:
    Given the Books table holds the five books

  Rule: Adding a format sets that one entry of the book's formats

    Scenario: The Rainmaker comes out as an audiobook
      When I add the format "Audiobook" with product id "8WE3KPTP" to "The Rainmaker" by "John Grisham"
      Then "The Rainmaker" by "John Grisham" has the formats:
        | format    | product id |
        | Hardcover | J4SUKVGU   |
        | Paperback | D7YF4FCX   |
        | Audiobook | 8WE3KPTP   |
      And the other four books are unchanged

    Scenario: A format the book already has gets its new product id
      When I add the format "Hardcover" with product id "Q7QWE3U9" to "The Firm" by "John Grisham"
      Then "The Firm" by "John Grisham" has the formats:
        | format    | product id |
        | Hardcover | Q7QWE3U9   |
        | Paperback | ZVZAYY4F   |
        | Audiobook | DJ9KS9NM   |
      And "The Firm" by "John Grisham" is still in "Suspense"

    Scenario Outline: A format named "<format>" is stored under that very name
      When I add the format "<format>" with product id "<product id>" to "Hamlet" by "William Shakespeare"
      Then "Hamlet" by "William Shakespeare" has its three formats and "<format>" with product id "<product id>"

      Examples:
        | format                      | product id |
        | Large Print                 | LP000001   |
        | e.book v2.0                 | EB000001   |
        | #Formats                    | HX000001   |
        | :productId                  | CX000001   |
        | Audiobook = Paperback       | EQ000001   |
        | Formats.Hardcover           | DT000001   |
        | Hardcover) REMOVE Formats ( | IN000001   |

  Rule: A format is never added to a book the store does not have

    Scenario: Adding a format to a book the store does not have
      When I try to add the format "Audiobook" with product id "PB000001" to "The Pelican Brief" by "John Grisham"
      Then I am told the book was not found
      And the store has no book "The Pelican Brief" by "John Grisham"
      And the Books table still holds the five books

  Rule: Removing a format removes that one entry

    Scenario: The Firm is no longer sold in paperback
      When I remove the format "Paperback" from "The Firm" by "John Grisham"
      Then "The Firm" by "John Grisham" has the formats:
        | format    | product id |
        | Hardcover | Q7QWE3U2   |
        | Audiobook | DJ9KS9NM   |
      And the other four books are unchanged

    Scenario: Removing a format the book does not have changes nothing
      When I remove the format "Audiobook" from "The Rainmaker" by "John Grisham"
      Then the Books table still holds the five books

    Scenario Outline: Removing the format named "<format>"
      Given "Hamlet" by "William Shakespeare" is also sold as "<format>" with product id "ZZ000001"
      When I remove the format "<format>" from "Hamlet" by "William Shakespeare"
      Then the Books table still holds the five books

      Examples:
        | format                |
        | Large Print           |
        | #Formats              |
        | Audiobook = Paperback |

    Scenario: Removing a format from a book the store does not have
      When I try to remove the format "Paperback" from "The Pelican Brief" by "John Grisham"
      Then I am told the book was not found
      And the store has no book "The Pelican Brief" by "John Grisham"

  Rule: A format changes in place, in one update that insists the book exists

    Scenario: Adding a format is one conditional update and no read
      When I add the format "Audiobook" with product id "8WE3KPTP" to "The Rainmaker" by "John Grisham"
      Then adding the format took one conditional update and read nothing

    Scenario: Removing a format is one conditional update and no read
      When I remove the format "Paperback" from "The Firm" by "John Grisham"
      Then removing the format took one conditional update and read nothing

    Scenario: A format added while the store throttles writes for a moment
      Given the store throttles the first 2 attempts to write
      When I add the format "Audiobook" with product id "8WE3KPTP" to "The Rainmaker" by "John Grisham"
      Then "The Rainmaker" by "John Grisham" has the formats:
        | format    | product id |
        | Hardcover | J4SUKVGU   |
        | Paperback | D7YF4FCX   |
        | Audiobook | 8WE3KPTP   |
