Feature: Insert the books
  The store loads its catalogue in bulk: one request writes many books, and a careless loader silently loses some.
  A batch write takes at most 25 books, may hand some back unprocessed, and refuses to write one key twice.

  Background:
    Given the Books table exists

  Rule: Every book inserted is stored as given

    Scenario: The five books of the store
      When I insert these books:
        | author              | title               | category | formats                                                 |
        | John Grisham        | The Rainmaker       | Suspense | Hardcover J4SUKVGU, Paperback D7YF4FCX                  |
        | John Grisham        | The Firm            | Suspense | Hardcover Q7QWE3U2, Paperback ZVZAYY4F, Audiobook DJ9KS9NM |
        | James Patterson     | Along Came a Spider | Suspense | Hardcover C9NR6RJ7, Paperback 37JVGDZG, Audiobook 6348WX3U |
        | Dr. Seuss           | Green Eggs and Ham  | Children | Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96 |
        | William Shakespeare | Hamlet              | Drama    | Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96 |
      Then the Books table holds exactly the five books

    Scenario: A book without a category is stored without one
      When I insert these books:
        | author            | title               | category | formats            |
        | Ursula K. Le Guin | The Lathe of Heaven |          | Paperback UL000002 |
        | Octavia E. Butler | Kindred             | Classics | Paperback OB000001 |
      Then the Books table holds exactly these books:
        | author            | title               | category | formats            |
        | Ursula K. Le Guin | The Lathe of Heaven |          | Paperback UL000002 |
        | Octavia E. Butler | Kindred             | Classics | Paperback OB000001 |
      And "The Lathe of Heaven" by "Ursula K. Le Guin" is stored with no Category attribute at all

    Scenario: Inserting adds to the books already there
      Given the Books table holds the five books
      When I insert these books:
        | author            | title   | category        | formats                              |
        | Octavia E. Butler | Kindred | Science Fiction | Paperback OB000001, Ebook OB000002    |
      Then the Books table holds 6 books
      And the Books table holds "Kindred" by "Octavia E. Butler" in "Science Fiction" with formats "Paperback OB000001, Ebook OB000002"

  Rule: Any number of books can be inserted at once

    Scenario Outline: <count> generated books in one insert
      When I insert <count> generated books
      Then the Books table holds exactly those <count> books

      Examples:
        | count |
        | 1     |
        | 25    |
        | 26    |
        | 60    |
        | 251   |

    Scenario: Inserting no books writes nothing and is no error
      When I insert no books
      Then the Books table holds 0 books

  Rule: When one author and title appear twice, the later book wins

    Scenario: A corrected entry later in the same load
      When I insert these books:
        | author          | title               | category       | formats                                 |
        | John Grisham    | The Firm            | Suspense       | Hardcover Q7QWE3U2                      |
        | James Patterson | Along Came a Spider | Suspense       | Hardcover C9NR6RJ7, Paperback 37JVGDZG  |
        | John Grisham    | The Firm            | Legal Thriller | Paperback ZVZAYY4F, Audiobook DJ9KS9NM  |
      Then the Books table holds exactly these books:
        | author          | title               | category       | formats                                 |
        | John Grisham    | The Firm            | Legal Thriller | Paperback ZVZAYY4F, Audiobook DJ9KS9NM  |
        | James Patterson | Along Came a Spider | Suspense       | Hardcover C9NR6RJ7, Paperback 37JVGDZG  |

    Scenario: A load of 60 books where the first is corrected by the last
      When I insert 60 generated books, the last of which corrects the first
      Then the Books table holds 59 books
      And the corrected book is stored as the last entry had it

    Scenario: A book inserted again replaces the one stored
      Given the Books table holds the five books
      When I insert these books:
        | author       | title         | category | formats                                                  |
        | John Grisham | The Rainmaker | Legal    | Hardcover J4SUKVGU, Paperback D7YF4FCX, Audiobook 8WE3KPTP |
      Then the Books table holds 5 books
      And the Books table holds "The Rainmaker" by "John Grisham" in "Legal" with formats "Hardcover J4SUKVGU, Paperback D7YF4FCX, Audiobook 8WE3KPTP"

  Rule: Books go in batches of 25, and every book handed back is sent again

    Scenario: 60 books take three batch writes
      When I insert 60 generated books
      Then the Books table holds exactly those 60 books
      And inserting the 60 books took at most 3 batch writes plus retries

    Scenario: A busy store hands back part of each batch the first times
      Given the store is busy and hands back some books of each of the first 4 batch writes
      When I insert 60 generated books
      Then inserting the 60 books took at most 3 batch writes plus retries
      And the Books table holds exactly those 60 books

    Scenario: A store that throttles writes for a moment
      Given the store throttles the first 2 attempts to write
      When I insert 60 generated books
      Then the Books table holds exactly those 60 books
      And inserting the 60 books took at most 3 batch writes plus retries
