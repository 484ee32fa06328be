Feature: Browse a category
  Access pattern 2: a customer browses every book in a category, such as Suspense.
  Category is not the table's key, so the table gets a global secondary index keyed by it, and browsing queries that index.

  Rule: The CategoryIndex is keyed by category and carries the whole book

    Scenario: Adding the category index
      Given the Books table holds the five books
      When I add the category index
      Then the category index is active the moment it is added
      And the category index is keyed by Category alone and projects all attributes
      And the category index finds 3 books in "Suspense"

    Scenario: Adding the category index to a provisioned table
      Given the Books table holds the five books
      And the Books table already runs on 5 read and 5 write units
      When I add the category index
      Then the category index is active the moment it is added
      And the category index finds 3 books in "Suspense"

  Rule: Browsing a category reads the CategoryIndex

    Background:
      Given the Books table holds the five books
      And the category index exists

    Scenario: Suspense holds three books
      When I browse the "Suspense" category
      Then I get these books, in any order:
        | author          | title               | category | formats                                                 |
        | John Grisham    | The Rainmaker       | Suspense | Hardcover J4SUKVGU, Paperback D7YF4FCX                  |
        | John Grisham    | The Firm            | Suspense | Hardcover Q7QWE3U2, Paperback ZVZAYY4F, Audiobook DJ9KS9NM |
        | James Patterson | Along Came a Spider | Suspense | Hardcover C9NR6RJ7, Paperback 37JVGDZG, Audiobook 6348WX3U |

    Scenario: Children holds one book
      When I browse the "Children" category
      Then I get these books, in any order:
        | author    | title              | category | formats                                                 |
        | Dr. Seuss | Green Eggs and Ham | Children | Hardcover GVJZQ7JK, Paperback A4TFUR98, Audiobook XWMGHW96 |

    Scenario Outline: A category the store does not have is empty: "<category>"
      When I browse the "<category>" category
      Then I get no books

      Examples:
        | category |
        | Poetry   |
        | suspense |

    Scenario: A category beyond the five books
      Given the store also holds these books:
        | author            | title               | category        | formats            |
        | Octavia E. Butler | Kindred             | Science Fiction | Paperback OB000001 |
        | Ursula K. Le Guin | The Dispossessed    | Science Fiction | Paperback UL000001 |
        | Ursula K. Le Guin | The Lathe of Heaven |                 | Paperback UL000002 |
      When I browse the "Science Fiction" category
      Then I get these books, in any order:
        | author            | title            | category        | formats            |
        | Octavia E. Butler | Kindred          | Science Fiction | Paperback OB000001 |
        | Ursula K. Le Guin | The Dispossessed | Science Fiction | Paperback UL000001 |

    Scenario: A category whose books fill more than one page
      Given the "Epic Fantasy" category holds 300 generated books of about 4 KB each
      When I browse the "Epic Fantasy" category
      Then I get all 300 of those books
      And browsing queried CategoryIndex, every page, and never scanned

  Rule: Browsing queries CategoryIndex, every page, never the table and never a Scan

    Background:
      Given the Books table holds the five books
      And the category index exists

    Scenario: Browsing Suspense queries CategoryIndex
      When I browse the "Suspense" category
      Then browsing queried CategoryIndex, every page, and never scanned
