Feature: Find a book
  Access pattern 1: a customer opens a book's page, and the store knows the book's author and title.
  With the whole primary key in hand, the store reads exactly one item; nothing needs searching.

  Background:
    Given the Books table holds the five books

  Rule: A book is found by its author and title

    Scenario Outline: <title> by <author>
      When I look for "<title>" by "<author>"
      Then I get "<title>" by "<author>" in "<category>" with formats "<formats>"

      Examples: The five books
        | author              | title               | category | formats                                                 |
        | John Grisham        | The Rainmaker       | Suspense | Hardcover J4SUKVGU, Paperback D7YF4FCX                  |
        | John Grisham        | The Firm            | Suspense | Hardcover Q7QWE3U2, Paperback ZVZAYY4F, Audiobook DJ9KS9NM |
        | James Patterson     | Along Came a Spider | Suspense | Hardcover C9NR6RJ7, Paperback 37JVGDZG, Audiobook 6348WX3U |
        | Dr. Seuss           | Green Eggs and Ham  | Children | Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96 |
        | William Shakespeare | Hamlet              | Drama    | Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96 |

    Scenario: A book beyond the five
      Given the store also holds these books:
        | author            | title   | category        | formats                            |
        | Octavia E. Butler | Kindred | Science Fiction | Paperback OB000001, Ebook OB000002 |
      When I look for "Kindred" by "Octavia E. Butler"
      Then I get "Kindred" by "Octavia E. Butler" in "Science Fiction" with formats "Paperback OB000001, Ebook OB000002"

    Scenario: Every one of 40 generated books
      Given the store also holds 40 generated books
      When I look for each of the generated books
      Then I get each of them as it was stored

    Scenario: A book without a category
      Given the store also holds these books:
        | author            | title               | category | formats            |
        | Ursula K. Le Guin | The Lathe of Heaven |          | Paperback UL000002 |
      When I look for "The Lathe of Heaven" by "Ursula K. Le Guin"
      Then I get "The Lathe of Heaven" by "Ursula K. Le Guin" with no category and formats "Paperback UL000002"

  Rule: A book the store does not have is simply not found

    Scenario Outline: No book "<title>" by "<author>"
      When I look for "<title>" by "<author>"
      Then no book is found

      Examples:
        | author          | title             | why                                    |
        | John Grisham    | The Pelican Brief | the author is known, the title is not  |
        | James Patterson | The Firm          | the title belongs to another author    |
        | Jane Austen     | Emma              | nobody by that name                    |
        | john grisham    | The Firm          | keys are compared exactly, case and all |

  Rule: A book is read by its key, never searched for

    Scenario: Finding a book reads one item by its key
      When I look for "The Firm" by "John Grisham"
      Then I get "The Firm" by "John Grisham" in "Suspense" with formats "Hardcover Q7QWE3U2, Paperback ZVZAYY4F, Audiobook DJ9KS9NM"
      And finding it read one item by its key and never scanned
      And finding it cost at most one read unit

    Scenario: Looking for a book the store does not have searches nothing either
      When I look for "The Pelican Brief" by "John Grisham"
      Then no book is found
      And finding it read one item by its key and never scanned

  Rule: A busy store is retried by the SDK, and a store that stays busy is not a missing book

    Scenario: A read throttled twice still finds the book
      Given the store throttles the first 2 attempts to read
      When I look for "Hamlet" by "William Shakespeare"
      Then I get "Hamlet" by "William Shakespeare" in "Drama" with formats "Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96"

    Scenario: A store that stays busy is reported, not taken for a missing book
      Given the store throttles every attempt to read
      When I try to look for "The Firm" by "John Grisham"
      Then I am told the store is busy
