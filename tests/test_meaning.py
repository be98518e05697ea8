"""What each figure says: owner, measure, direction, period, kind, comparison, source and certainty.

The sentences are invented (the corpus tests read real ones); each states one pattern of business
prose that the extractor must read the way a careful reader would.
"""

from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.names import ArticleNames
from briefing.model import Article, Direction, Figure, FigureKind


def figures_of(*sentences: str, title: str = "Headline") -> tuple[Figure, ...]:
    return extract(Article(title=title, lead=(" ".join(sentences),))).figures


def by_quote(figures: tuple[Figure, ...], quote: str) -> Figure:
    found = [f for f in figures if f.quote == quote]
    assert len(found) == 1, figures
    return found[0]


def test_a_share_price_fall_in_cents_and_percent_with_the_prices_after():
    found = figures_of("Shares in Northwind fell 40 cents, or 12%, to $2.95 before recovering to $3.10.")
    cents, percent, low, later = (by_quote(found, q) for q in ("40 cents", "12%", "$2.95", "$3.10"))
    assert all(f.subject == "Northwind" and f.certain for f in found)
    assert (cents.value, cents.unit, cents.direction, cents.kind) == (-0.40, "USD", Direction.DOWN, FigureKind.CHANGE)
    assert (percent.value, percent.direction, percent.metric) == (-12, Direction.DOWN, "share price change")
    assert (low.value, low.kind, low.metric) == (2.95, FigureKind.LEVEL, "share price")
    assert later.value == 3.10 and later.kind == FigureKind.LEVEL


def test_a_result_and_the_year_earlier_value_it_is_compared_with():
    found = figures_of("Northwind Holdings is a logistics firm.",
                       "The group said it made $48m in the second quarter, down from $71m a year earlier.")
    now, then = by_quote(found, "$48m"), by_quote(found, "$71m")
    assert now.subject == then.subject == "Northwind Holdings"
    assert now.metric == "profit" and now.period == "Q2"
    assert then.period == "a year earlier" and now.compare_to == then.id


@pytest.mark.parametrize("sentence", [
    "According to the Federation of Small Traders, sales rose 3% in November.",
    "Sales rose 3% in November, according to the Federation of Small Traders.",
])
def test_a_body_that_states_a_figure_is_its_source_not_its_owner(sentence: str):
    figure = by_quote(figures_of(sentence), "3%")
    assert figure.source == "Federation of Small Traders"
    assert figure.subject != "Federation of Small Traders"
    assert not figure.certain and "stated by" in figure.reason
    assert figure.direction == Direction.UP and figure.period == "November"


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Meanwhile, Dutch exports rose 4% in the third quarter.", "Netherlands"),
    ("Overall, Japanese growth slowed to 0.2%.", "Japan"),
])
def test_an_opening_word_is_no_owner_and_a_demonym_owns_an_economy_figure(sentence: str, owner: str):
    (figure,) = figures_of(sentence)
    assert figure.subject == owner


def test_a_demonym_does_not_own_a_company_figure_when_a_company_is_in_focus():
    found = figures_of("Gresham Bank reported its results on Monday.",
                       "The Dutch lender said its profit rose 9% to 1.2bn euros.")
    assert {f.subject for f in found} == {"Gresham Bank"}


def test_from_to_pairs_are_two_levels_in_time_order():
    found = figures_of("Shares in Baxter Foods fell from 120p to 61p over the year.")
    before, after = by_quote(found, "120p"), by_quote(found, "61p")
    assert (before.value, after.value) == (120, 61) and before.unit == "GBp"
    assert after.compare_to == before.id and before.compare_to == ""


def test_months_are_periods_not_forecasts():
    found = figures_of("House prices fell from £210,500 in May to £208,100 in June, the Halifax said.")
    may, june = by_quote(found, "£210,500"), by_quote(found, "£208,100")
    assert (may.period, june.period) == ("May", "June")
    assert may.kind == june.kind == FigureKind.LEVEL
    assert june.compare_to == may.id and may.metric == "house price"
    assert may.source == "Halifax" and may.subject != "Halifax"


def test_wiping_a_share_off_a_value_is_a_fall_of_that_value():
    (figure,) = figures_of("The scandal wiped 7% off Orbital Systems' market value.")
    assert (figure.subject, figure.metric, figure.value, figure.direction) == (
        "Orbital Systems", "market value decline", -7, Direction.DOWN)


def test_closing_down_pence_at_a_price_is_a_change_and_a_level():
    found = figures_of("Shares in Gresham Bank closed down 95p at 860 pence.")
    change, level = by_quote(found, "95p"), by_quote(found, "860 pence")
    assert (change.value, change.direction, change.kind) == (-95, Direction.DOWN, FigureKind.CHANGE)
    assert (level.value, level.unit, level.kind) == (860, "GBp", FigureKind.LEVEL)


def test_pesos_in_an_argentine_article_are_argentine():
    found = figures_of("Argentina's economy minister said the deal was worth 1.2bn pesos.")
    assert by_quote(found, "1.2bn pesos").unit == "ARS"


def test_a_demonym_settles_a_shared_currency_name_and_cfa_francs_are_a_currency():
    found = figures_of("Danish brewer Carlsberg said total sales increased 4% to 36bn kroner.")
    assert by_quote(found, "36bn kroner").unit == "DKK"
    found = figures_of("Cameroon says corruption in its finance ministry has cost it 1bn CFA francs a month.")
    assert by_quote(found, "1bn CFA francs").unit == "XAF"


@pytest.mark.parametrize("amount", ["$1,4571", "$1e308", "1e309%"])
def test_a_malformed_amount_gives_a_warning_and_no_figure(amount: str):
    found = extract(Article(title="Headline", lead=(f"Acme said the deal was worth {amount} in total.",)))
    assert found.figures == ()
    assert len(found.warnings) == 1 and amount.lstrip("$").rstrip("%") in found.warnings[0]


def test_it_is_the_company_the_sentence_before_was_about():
    found = figures_of("Acme said its profit rose 12% to $3bn.", "It owns 8% of Google.")
    assert [f.subject for f in found] == ["Acme", "Acme", "Acme"]
    assert by_quote(found, "8%").kind == FigureKind.SHARE


def test_a_short_form_of_initials_is_the_company_it_abbreviates():
    found = figures_of("British Airways made a profit of £75m.", "BA's shares rose 3%.", "BA also cut 5% of jobs.")
    assert {f.subject for f in found} == {"British Airways"}
    assert all(f.certain for f in found)


def test_two_companies_combined_own_their_combined_figure():
    found = figures_of("Mittal Steel agreed to buy ISG.",
                       "A combination of Mittal Steel and ISG would have sales of $32bn.")
    assert by_quote(found, "$32bn").subject == "Mittal Steel and ISG"


def test_that_business_is_the_one_just_named_and_the_firm_is_the_article_s_company():
    found = figures_of("The leisure group Rank runs casinos.", "Rank said its casinos did well.",
                       "It also owns Deluxe Media.",
                       "However, that business is seen as less successful.", "Last year it made profits of £21.5m.",
                       "Analysts predict the firm will report profits of £170m.")
    assert by_quote(found, "£21.5m").subject == "Deluxe Media"
    assert by_quote(found, "£170m").subject == "Rank"
    assert by_quote(found, "£170m").kind == FigureKind.FORECAST


def test_a_change_of_a_measure_named_after_the_figure():
    (figure,) = figures_of("Acme has blamed high fuel prices for a 40% drop in profits.")
    assert figure.metric == "profit decline" and figure.value == -40


def test_a_guessed_owner_is_marked_and_says_why():
    found = figures_of("Acme makes robots.", "Acme said demand was strong.", "Sales rose 5%.")
    figure = by_quote(found, "5%")
    assert figure.subject == "Acme"
    assert figure.certain or figure.reason  # a guess is never silent
    assert not figure.certain and figure.reason.startswith("owner unclear")


def test_a_regulator_s_deal_is_the_money_of_the_company_it_is_made_with():
    found = figures_of("The SEC agreed a deal totalling $375m with Gresham Capital, the investment arm.",
                       "The regulator said Gresham Capital would also pay $20m in penalties.")
    deal = by_quote(found, "$375m")
    assert (deal.subject, deal.source) == ("Gresham Capital", "SEC")


def test_a_relative_clause_with_a_subject_of_its_own_does_not_give_the_figure_to_its_antecedent():
    found = figures_of("Winn-Dixie filed for bankruptcy.", "Winn-Dixie said its biggest creditor was Kraft Foods, "
                       "which it owes $15.1m.")
    assert by_quote(found, "$15.1m").subject == "Winn-Dixie"


def test_a_country_s_market_and_a_country_s_economy_own_their_growth():
    found = figures_of("Hyundai Motor builds cars.",
                       "Hyundai Motor said the Indian car market will grow 15% this year.",
                       "The UK economy, on the other hand, is expected to slow, with growth falling to 2.5%.")
    assert by_quote(found, "15%").subject == "Indian car market"
    assert by_quote(found, "2.5%").subject == "UK"


def test_a_body_that_only_reports_is_no_fallback_owner():
    found = figures_of("The eight new member states will see 4.6% growth, the Economic Commission for Europe said.",
                       "The Economic Commission for Europe said output will rise 2%, the Economic Commission for "
                       "Europe added.")
    figure = by_quote(found, "4.6%")
    assert figure.subject != "Economic Commission for Europe" and not figure.certain
    assert figure.source == "Economic Commission for Europe"


def test_a_thing_sold_to_pay_a_debt_does_not_own_the_debt():
    found = figures_of("Yukos lost its case.", "Yugansk was auctioned to help pay off $27.5bn in unpaid taxes.")
    figure = by_quote(found, "$27.5bn")
    assert figure.subject != "Yugansk" and not figure.certain


def test_a_range_whose_low_end_drops_the_thousands_it_shares():
    found = figures_of("Three Acme managers agreed to pay $50-100,000 each in penalties.")
    assert sorted(f.value for f in found) == [50_000, 100_000]


def test_the_euro_zone_is_no_amount_of_euros():
    found = figures_of("The 12 Euro zone countries will see growth of only 1.8% this year.")
    assert [f.quote for f in found] == ["1.8%"]


def test_a_company_saying_its_sales_rose_owns_them_even_when_named_once():
    found = figures_of("Big news.", "Contoso Corp said sales rose 2% last year.", "Fabrikam Corp said sales fell 3%.")
    # "Corp" is no part of the name the briefing shows
    assert [(f.subject, f.certain) for f in found] == [("Contoso", True), ("Fabrikam", True)]


def test_a_bracketed_acronym_does_not_end_the_owners_clause():
    found = figures_of("The International Air Transport Association (IATA) said passenger traffic rose 7% in May.")
    traffic = by_quote(found, "7%")
    assert traffic.subject == "International Air Transport Association" and traffic.certain
    assert traffic.direction == Direction.UP


def test_a_leading_nationality_is_not_part_of_the_company_name():
    found = figures_of("Swiss Xstrata said its profit rose 12% to $3bn.")
    assert {f.subject for f in found} == {"Xstrata"}


def test_a_stock_exchange_is_not_a_share_price():
    found = figures_of("Trading on the Tokyo stock exchange rose 3% to 2bn shares a day.")
    assert all(f.metric != "share price change" for f in found), found


def test_a_second_change_joined_by_and_keeps_the_first_verb():
    found = figures_of("Northwind said sales fell by 8% in May and by 24% in June.")
    may, june = by_quote(found, "8%"), by_quote(found, "24%")
    assert may.direction == june.direction == Direction.DOWN
    assert (may.period, june.period) == ("May", "June")


def test_the_year_before_is_the_earlier_value_compared_with():
    found = figures_of("Northwind made a profit of $48m in 2004, against $71m the year before.")
    now, then = by_quote(found, "$48m"), by_quote(found, "$71m")
    assert now.compare_to == then.id
    assert now.subject == then.subject == "Northwind"


def test_a_country_beside_a_company_it_cannot_name_does_not_own_its_profit():
    found = figures_of("Profits at a big Indian drugmaker fell 93% as research costs rose.")
    fall = by_quote(found, "93%")
    assert not fall.certain and "place" in fall.reason
    assert fall.direction == Direction.DOWN


def test_a_surveys_shares_are_not_the_surveyors_own():
    found = figures_of("A survey by Webroot, a software firm, questioned 2,000 people.",
                       "Webroot said 80% said they had been hit by spyware.")
    share = by_quote(found, "80%")
    assert not share.certain
    assert "said" not in share.metric


def test_a_share_of_national_income_is_no_box_office_takings():
    found = figures_of("Rich countries want to give 0.7% of their gross national income in aid.",
                       "Farming is 45% of gross domestic product in Ethiopia.")
    assert by_quote(found, "0.7%").metric == "share of gross national income"
    assert by_quote(found, "45%").metric == "share of GDP"


def test_a_budget_raised_is_a_budget_put_up_not_money_raised():
    found = figures_of("India's defence budget has been raised 7.8% to 830bn rupees.")
    rise, level = by_quote(found, "7.8%"), by_quote(found, "830bn rupees")
    assert (rise.metric, rise.direction) == ("budget growth", Direction.UP)
    assert level.metric == "budget"


def test_falling_as_low_as_names_the_level_reached():
    found = figures_of("Colombia's government said poverty could fall as low as 15.3% by 2019.")
    level = by_quote(found, "15.3%")
    assert level.kind != FigureKind.CHANGE and level.value == 15.3  # a forecast level, no fall of 15.3%
    assert level.metric == "poverty rate"


def test_they_is_a_group_so_the_entity_in_focus_is_only_a_guess():
    article = Article(title="EU aims to boost aid",
                      lead=("Ministers meet on Thursday to discuss a tax on jet fuel, the EU said.",
                            "The world's richest countries have said they want to give 0.7% of their income in aid."))
    assert not by_quote(extract(article).figures, "0.7%").certain


def test_a_commodity_word_inside_a_company_name_is_the_company():
    article = Article(title="UK Coal plunges into deeper loss",
                      lead=("UK Coal said its losses deepened to £51.6m in 2004. UK Coal fell 10% in early trade.",
                            "Total production costs were £1.30 per gigajoule, UK Coal said, but the average "
                            "selling price was just £1.18 per gigajoule."))
    found = extract(article).figures
    assert by_quote(found, "£51.6m").subject == "UK Coal"
    assert by_quote(found, "£1.18").subject != "coal"


def test_an_abbreviation_of_a_common_noun_owns_nothing():
    found = figures_of("Northwind Pharma said profits rose 12%.",
                       "Research continues apace, with R&D spending rising 37% to $705m.")
    assert all(f.subject != "R&D" for f in found)


def test_a_headline_place_that_describes_a_company_is_not_the_articles_subject():
    article = Article(title="US company admits Benin bribery",
                      lead=("A US defence company has agreed to pay $28.5m after admitting bribery.",
                            "The Titan corporation was accused of funnelling more than $2m into a campaign.",
                            "It agreed to pay $13m in criminal penalties, Titan said."))
    found = extract(article).figures
    assert by_quote(found, "$2m").subject == by_quote(found, "$13m").subject == "Titan"


def test_the_bank_is_the_bank_of_england_it_abbreviates():
    found = figures_of("The Bank of England held rates at 4.75% this month.",
                       "The Bank's committee voted 8-1, and the Bank said inflation was 1.6%.")
    rate, inflation = by_quote(found, "4.75%"), by_quote(found, "1.6%")
    assert rate.subject == "Bank of England" and rate.certain
    # The Bank states the UK's inflation: the economy of the bank owns it, the bank is its source
    assert (inflation.subject, inflation.source, inflation.certain) == ("UK", "Bank of England", False)


def test_a_percentage_share_of_a_market_is_no_share_price_and_less_than_is_no_fall():
    found = figures_of("The deal gives Gazprom 8% of Russia's oil output, far less than the 20% share "
                       "it would have had with Yugansk.")
    share = by_quote(found, "20%")
    assert share.metric == "share" and share.value == 20 and share.direction != Direction.DOWN


def test_an_index_that_moves_owns_its_move_and_is_no_newspaper():
    found = figures_of("Japan's output rose 2.1% in January.",
                       "The Nikkei 225 index ended the day up 0.7% at 11,740 points.")
    move = by_quote(found, "0.7%")
    assert (move.subject, move.metric, move.source) == ("Nikkei 225", "index change", "")


def test_a_cut_by_an_average_amount_is_a_fall_of_that_amount():
    found = figures_of("Northwind said prices of its players have been cut by an average of £40.")
    cut = by_quote(found, "£40")
    assert (cut.value, cut.direction, cut.kind) == (-40, Direction.DOWN, FigureKind.CHANGE)


def test_wages_rising_by_an_average_are_pay_not_an_average():
    found = figures_of("Northwind said wages rose by an average of 3% this year.")
    assert by_quote(found, "3%").metric == "pay growth"


def test_rates_held_in_an_article_about_a_central_bank_are_the_banks():
    article = Article(title="Bank of England holds rates",
                      lead=("The Bank of England kept interest rates unchanged on Thursday.",
                            "Economists said UK base rates will probably stay on hold at 4.75%."))
    assert by_quote(extract(article).figures, "4.75%").subject == "Bank of England"


def test_an_institute_named_beside_an_economys_figure_does_not_own_it():
    found = figures_of("Germany's Ifo institute said business confidence fell.",
                       "Ifo said the economy contracted by 0.2% in the last three months of 2004.")
    fall = by_quote(found, "0.2%")
    assert not fall.certain and fall.direction == Direction.DOWN


def test_a_description_between_dashes_is_no_owner():
    found = figures_of("Federated Department Stores is to buy May Department Stores.",
                       "As part of the deal, Federated - owner of Macy's and Bloomingdale's - will assume "
                       "$6bn of debt.")
    assert by_quote(found, "$6bn").subject == "Federated Department Stores"


def test_a_commodity_named_before_its_price_owns_it_whatever_place_its_name_starts_with():
    found = figures_of("US crude prices have soared to fresh highs above $53 as refinery problems spread.")
    assert by_quote(found, "$53").subject == "US crude"


def test_a_dummy_it_is_no_company():
    found = figures_of("The UK Film Council has awarded a contract worth £11.5m.",
                       "\"It can cost up to £1,500 to make a copy of a print for specialist films.\"")
    assert not by_quote(found, "£1,500").certain


def test_a_share_of_a_described_group_is_that_groups():
    found = figures_of("Northwind ran a poll for the week.",
                       "Almost 70% of those asked said prices were too high.",
                       "More than half (55%) of the respondents wanted change.",
                       "Most 15 to 24-year-olds (94%) own a phone.",
                       "In the UK 69% of those questioned use a landline.",
                       "Only 10% of its workforce is part-time.",
                       title="Northwind poll")
    assert by_quote(found, "70%").subject == "those asked"
    assert by_quote(found, "55%").subject == "respondents"
    assert by_quote(found, "94%").subject == "15 to 24-year-olds"
    assert by_quote(figures_of("Of the companies surveyed, 30% saw orders rise.", title="Poll"), "30%").subject \
        == "companies surveyed"
    assert by_quote(found, "69%").subject == "those questioned in UK"
    # a possessive makes the group the company's own: no described group
    assert by_quote(found, "10%").subject == "Northwind"


def test_a_share_of_a_countrys_people_names_the_people():
    found = figures_of("About 80% of UK adults own a mobile, and 60% of online Americans read blogs.")
    assert by_quote(found, "80%").subject == "UK adults"
    assert by_quote(found, "60%").subject == "online Americans"


def test_a_group_share_does_not_become_the_entity_in_focus():
    found = figures_of("Northwind said 40% of customers shop online.", "It said sales rose 5%.",
                       title="Northwind sales")
    assert by_quote(found, "40%").subject == "customers"
    assert by_quote(found, "5%").subject == "Northwind"


def test_a_compared_value_shares_the_owner_of_what_it_is_compared_with():
    found = figures_of("Palestinian unemployment stood at 25%, compared with 10% before the uprising against "
                       "Israeli occupation.", title="Palestinian economy in decline")
    assert by_quote(found, "10%").subject == by_quote(found, "25%").subject
    # a compared value with a name of its own keeps it
    found = figures_of("Northwind's margin was 5%, against 3% at Acme Corp.", "Acme Corp was smaller.",
                       title="Northwind and Acme Corp")
    assert by_quote(found, "3%").subject == "Acme"


def test_an_economys_figure_stated_by_its_central_bank_is_the_economys():
    found = figures_of("The Fed raised rates to 2%.", "The Fed said the economy grew 3.7% in the quarter.",
                       title="US interest rates increased to 2%")
    growth = by_quote(found, "3.7%")
    assert (growth.subject, growth.source, growth.certain) == ("US", "Fed", False)


def test_house_prices_are_a_housing_markets_and_the_lender_is_the_source():
    found = figures_of("Halifax said house prices rose by 0.8% in January.", title="UK house prices rise")
    rise = by_quote(found, "0.8%")
    assert (rise.subject, rise.source) == ("UK housing market", "Halifax")


def test_a_bound_or_the_start_of_a_change_is_no_earlier_value():
    found = figures_of("Growth in China is 9.1%, and investment is growing at more than 25% a year.")
    assert not by_quote(found, "9.1%").compare_to
    found = figures_of("BA raised the fee from £6 to £10, while the short fee was raised from £2.50 to £4.",
                       title="BA fees")
    ten, four = by_quote(found, "£10"), by_quote(found, "£4")
    assert ten.compare_to == by_quote(found, "£6").id and four.compare_to == by_quote(found, "£2.50").id


def test_a_word_after_a_verb_of_its_own_says_no_direction():
    found = figures_of("Nearly half of all Palestinians - some 47% - live below the poverty line.",
                       "Pilots accept a 32% pay cut, and lending was 29% and 18% lower year-on-year.")
    assert by_quote(found, "47%").value == 47
    assert by_quote(found, "32%").value == -32 and by_quote(found, "29%").value == -29


def test_an_ampersand_joins_initials_and_a_people_is_its_country():
    found = figures_of("Marks & Spencer has cut prices in London and the regions by an average of 24%.",
                       "M&S said so.", "Unemployment among Palestinians stood at 25%.",
                       title="M&S cuts prices")
    assert by_quote(found, "24%").subject == "Marks & Spencer" and by_quote(found, "24%").certain
    assert by_quote(found, "25%").subject == "Palestinian Territories"


def test_a_company_named_after_a_titled_person_is_a_company():
    found = figures_of("Profits at Indian drugmaker Dr Reddy's fell 93% as research costs rose.",
                       "Sales in Dr Reddy's generics business fell 8.6% to 966m rupees.",
                       title="Profits slide at India's Dr Reddy")
    fall = by_quote(found, "93%")
    # the measure before the verb, not the one past "as" in the next clause
    assert (fall.subject, fall.metric, fall.certain) == ("Dr Reddy's", "profit decline", True)
    assert by_quote(found, "966m rupees").subject == "Dr Reddy's generics business"  # a part of it


def test_with_an_index_down_the_index_moved():
    found = figures_of("Japan's output fell 2.1% in October.",
                       "The data preyed on shares, with the Nikkei down 1% in afternoon trade.")
    assert by_quote(found, "1%").subject == "Nikkei"


def test_an_unsure_organisations_economy_figure_is_the_economys_and_a_place_gives_way_to_the_company():
    found = figures_of("Germany's economy grew 1.6% last year.",
                       "The unemployment rate has been stuck at close to 10%, the Ifo institute said.",
                       title="German business confidence slides")
    assert by_quote(found, "10%").subject == "Germany"
    found = figures_of("Northwind Corp said profits rose.", "Northwind Corp is to buy a rival.",
                       "The US purchase price is $11bn.", title="Northwind Corp buys rival")
    price = by_quote(found, "$11bn")
    assert (price.subject, price.certain) == ("Northwind", False)


def test_a_currency_that_is_its_clauses_subject_owns_its_move():
    found = figures_of("The British pound had added 0.5%, while the dollar had fallen by 1.3% against the "
                       "Japanese yen, to 104.16 yen.", "Falls in the value of the dollar carried oil prices above $50.",
                       title="Dollar drops on reserves concerns")
    assert by_quote(found, "0.5%").subject == "pound"
    assert by_quote(found, "1.3%").subject == by_quote(found, "104.16 yen").subject == "US dollar"
    assert by_quote(found, "$50").subject != "US dollar"  # the dollar is the object of "of" there


def test_the_value_of_a_thing_lost_is_no_fall_and_knocking_money_off_is():
    found = figures_of("Boeing lost a $23bn government contract after an inquiry.",
                       "The weak dollar would knock 125m euros off its operating profits.", title="Boeing")
    assert by_quote(found, "$23bn").value == 23e9
    assert by_quote(found, "125m euros").value == -125e6


def test_a_gap_a_range_and_a_rate_of_decline_go_the_way_the_article_says():
    found = figures_of("Charges are estimated to have dropped by between 50 and 60%, reports said.",
                       "Revenues were likely to be £6bn below estimates.",
                       "Readers were offered a price drop just 25p more expensive than a rival's.",
                       "Reuters managed to slow a decline in underlying revenues to 5.4% from 10.2% in 2003.",
                       title="Charges fall")
    assert by_quote(found, "60%").value == -60 and by_quote(found, "£6bn").value == -6e9
    assert by_quote(found, "25p").value == 25
    assert by_quote(found, "5.4%").value == -5.4 and by_quote(found, "10.2%").value == -10.2


def test_a_survey_firms_bare_percentage_is_the_share_of_the_people_it_asked():
    found = figures_of("Pew Internet conducted an online survey of 2,755 musicians in April.",
                       "Pew Internet said 80% of them offered free samples, and 60% said lawsuits would not help.",
                       title="Musicians upbeat about the net")
    share = by_quote(found, "60%")
    assert (share.subject, share.certain) == ("musicians", False)


def test_what_a_figure_is_taken_off_is_its_measure_and_an_aside_measures_what_it_describes():
    found = figures_of("Japan's economy grew 0.3%.", "But high oil prices have knocked 0.2% off the growth rate.",
                       "Rising inflation - reaching 0.7% month-on-month in January - has stopped further cuts.",
                       "Retail sales were up 2.1% in December, the central bank predicting 4% growth this year.",
                       title="Japanese growth grinds to a halt")
    knocked = by_quote(found, "0.2%")
    assert (knocked.metric, knocked.value) == ("growth rate", -0.2) and knocked.subject != "oil"
    assert by_quote(found, "0.7%").metric == "inflation"
    assert by_quote(found, "2.1%").metric == "retail sales growth"


def test_a_policy_rate_and_an_economys_growth_are_never_the_company_in_focus():
    found = figures_of("LG Card, the country's biggest card issuer, said spending on its cards rose 14.8%.",
                       "Its statement came as the bank decided to keep interest rates at an all-time low of 3.25%.",
                       "Economic growth in 2004 was about 4.7%, with the central bank predicting 4% growth.",
                       title="South Korean consumers spending again")
    rate = by_quote(found, "3.25%")
    assert (rate.subject, rate.certain) == ("Bank of Korea", False)
    for quote in ("4.7%", "4%"):
        assert by_quote(found, quote).subject == "South Korea", quote
    assert by_quote(found, "14.8%").subject == "LG Card"


def test_the_existing_firm_is_not_the_company_in_focus():
    found = figures_of("Turkcell won the licence to build Irancell, and Turkcell has a 70% stake in it.",
                       "The new operator planned to offer subscriptions for $180, below the existing firm's $500.",
                       title="Turkcell wins Iran deal")
    assert not by_quote(found, "$500").certain


def test_a_place_named_for_a_companys_figure_gives_it_to_the_company_the_sentence_before_named():
    found = figures_of("The UK housing market remains robust, according to Bradford & Bingley.",
                       "Bradford & Bingley said the buy-to-let market would continue to grow.",
                       "The comments came as it reported a 6% rise in profits to £280.2m.",
                       title="Optimism remains over UK housing")
    assert by_quote(found, "£280.2m").subject == "Bradford & Bingley"


def test_a_common_word_opening_a_sentence_is_no_name_because_a_longer_name_starts_with_it():
    found = figures_of("The Movie Association for America (MPAA) released a tool to find movie files.",
                       "Movie piracy cost the industry £3.7bn in 2003, according to analysts.",
                       title="Movie body targets children's PCs")
    assert by_quote(found, "£3.7bn").subject != "Movie"


def test_a_programme_a_company_names_is_the_companys():
    found = figures_of("Confectionery group Cadbury Schweppes said its underlying sales rose 4%.",
                       "Cadbury added that its Fuel for Growth cost-cutting programme had saved £75m in 2004.",
                       "The programme is set to close 20% of the group's factories.",
                       title="Weak dollar trims Cadbury profits")
    assert by_quote(found, "£75m").subject == by_quote(found, "4%").subject == "Cadbury"
    assert by_quote(found, "20%").value == -20


def test_shares_of_a_named_group_are_the_groups_and_a_verb_after_a_share_is_no_measure():
    found = figures_of("Argentina is set to close its debt swap.",
                       "About 70% to 80% of bondholders are expected to accept the offer.",
                       "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy and 9.1% in the US.",
                       title="Argentina closes debt swap")
    for quote in ("38.4%", "15.6%", "9.1%"):
        share = by_quote(found, quote)
        assert (share.subject, share.metric) == ("Argentina's bondholders", "percentage"), quote
    assert by_quote(found, "70%").subject == by_quote(found, "80%").subject == "bondholders"


def test_a_sum_in_a_currency_is_no_move_of_it_and_the_country_is_a_place():
    found = figures_of("The dollar rose against the yen on Wednesday.",
                       "The dollar's slide began after a South Korean report suggested the country, which has "
                       "about $200bn in reserves, would sell dollars.",
                       "The dollar reached $1.2871 against the euro.",
                       title="Asian banks halt dollar's slide")
    assert by_quote(found, "$200bn").subject == "South Korea"
    assert by_quote(found, "$1.2871").subject == "US dollar"


def test_a_figure_of_no_one_is_never_certain():
    found = figures_of("Acme Widgets said its underlying sales rose 4%.", title="Widget profits")
    assert all(figure.certain is False for figure in found if not figure.subject)


def test_names_given_as_examples_own_nothing():
    found = figures_of("Cadbury Schweppes reported higher sales.",
                       "The owner of brands such as Dairy Milk, Dr Pepper and Snapple makes 80% of its sales abroad.",
                       title="Weak dollar trims Cadbury profits")
    assert by_quote(found, "80%").subject != "Snapple"


def test_the_division_is_the_business_just_talked_of_not_the_parent():
    found = figures_of("A slump at Mercedes hit profits at parent DaimlerChrysler, and DaimlerChrysler's shares fell.",
                       "DaimlerChrysler said Mercedes sales fell 2%, and Mercedes profits fell 46%.",
                       "In contrast, Chrysler enjoyed a 5% increase in unit sales.",
                       "The US division turned a loss of 506m euros into a profit of 1.4bn euros.",
                       title="Car giant hit by Mercedes slump")
    assert by_quote(found, "506m euros").subject == "Chrysler"


@pytest.mark.parametrize("sentence, group", [
    ("Up to 75% of all business documents contained sensitive information.", "business documents"),
    ("Only about 10% of all ATMs are replaced each year.", "ATMs"),
])
def test_shares_of_things_are_the_things(sentence: str, group: str):
    found = figures_of("Microsoft said Windows was safe.", sentence, title="Concerns over Windows")
    assert found[0].subject == group


@pytest.mark.parametrize("sentence, owner", [
    ("Scam mails have declined by 40%.", "scam mails"),
    ("Although inventories fell 0.7% month on month, output rose.", "inventories"),
])
def test_a_description_opening_a_sentence_is_its_subject_whatever_its_capital(sentence: str, owner: str):
    found = figures_of("Email Systems filters e-mail for its clients.", sentence, title="Junk e-mails on the rise")
    assert (found[0].subject, found[0].certain) == (owner, False)


def test_a_measure_a_name_possesses_before_which_is_that_names():
    found = figures_of("Orange had a strong year, Orange said.",
                       "Broadband also boosted France Telecom's profits, which showed a 5.5% rise to 18.3bn euros.",
                       "Under its three-year Fast Forward turnaround plan it had aimed to save 220m euros.",
                       title="France Telecom gets Orange boost")
    assert by_quote(found, "5.5%").subject == by_quote(found, "18.3bn euros").subject == "France Telecom"
    assert by_quote(found, "220m euros").subject != "Fast Forward"


def test_an_article_about_a_country_follows_the_economy_it_turns_to():
    found = figures_of("The US will continue to drive expansion until 2006.",
                       "Growth in Britain also is set to accelerate, the institute said.",
                       "GDP is expected at 3.2% in 2004.",
                       "The IMF said India's deficit would hamper the country's growth, which it forecast at 6.5%.",
                       title="UK 'risks breaking golden rule'")
    assert by_quote(found, "3.2%").subject == "UK"
    assert by_quote(found, "6.5%").subject == "India"


def test_what_a_sentence_opens_with_comes_before_what_the_last_one_was_about():
    found = figures_of("Russia is to build pipelines, Gazprom said.",
                       "India is searching for fresh supplies, as domestic demand is growing at more than 5% a year.",
                       "Right now, Mexico leads the way, accounting for about 50% of listeners.",
                       title="India and Russia in energy talks")
    assert by_quote(found, "5%").subject == "India"
    assert by_quote(found, "50%").subject == "listeners in Mexico"


def test_the_governments_money_and_an_economys_bare_measure_are_the_countrys_unsure():
    found = figures_of("A total of 24.2 trillion pesos is earmarked for subsidies, the government department said.",
                       "Sound distribution could cut poverty levels to 36% from 53%, the government believes.",
                       title="Rich grab half Colombia poor fund")
    assert (by_quote(found, "24.2 trillion pesos").subject, by_quote(found, "24.2 trillion pesos").certain) == \
        ("Colombian government", False)
    assert by_quote(found, "36%").subject == "Colombia"


def test_who_a_survey_asked_is_never_read_past_what_it_found():
    from briefing.extract.groups import respondents
    assert respondents("The survey showed that awareness of tags among shoppers was low.") == ""
    assert respondents("A survey of 2,755 musicians found that most were upbeat.") == "musicians"


def test_the_people_a_survey_asked_may_be_named_before_the_participle():
    from briefing.extract.groups import respondents
    assert respondents("The report showed that 27% of consumers asked are interested.") == "consumers"
    assert respondents("Most of the small firms surveyed were upbeat.") == "small firms"
    assert respondents("Barely 5% of those questioned said so.") == ""  # "those" names nobody
    assert respondents("Analysts polled by Reuters expect growth.") == ""  # polled for a forecast, not a share
    found = figures_of("Produced by Jupiter Research the analysis found that barely 5% of those questioned want video.",
                       "Only 7% wanted a player that could handle games.",
                       "The report showed that 27% of consumers asked are interested in music players.",
                       title="Jupiter Research says consumers snub video")
    assert (by_quote(found, "7%").subject, by_quote(found, "7%").certain) == ("consumers", False)


def test_people_named_by_what_they_do_are_a_group_unless_a_company_serves_them():
    found = figures_of("It is thought that 40% of those buying home net security programs are retired.",
                       "The study predicts that 40% of all home PC net security buyers will be women in 2005.",
                       "The 35-year-old airline transports about 55% of all passengers to the island.",
                       "17% of readers have switched suppliers.", title="Security software")
    assert [f.subject for f in found if f.quote == "40%"] == ["those buying home net security programs",
                                                             "home PC net security buyers"]
    assert by_quote(found, "55%").subject != "passengers"  # the airline's share of them
    assert by_quote(found, "17%").subject.startswith("readers")  # "have switched suppliers" is no group


def test_a_bare_percentage_opening_a_sentence_is_a_share_of_the_group_before():
    found = figures_of("Web tracking company Envisional said 18% of downloaders were from within the UK.",
                       "About 70% were using file-sharing program BitTorrent, the firm said.", title="TV downloads")
    assert by_quote(found, "18%").subject == "downloaders"
    seventy = by_quote(found, "70%")
    assert (seventy.subject, seventy.certain) == ("downloaders", False)


def test_a_name_the_body_first_uses_in_its_second_half_is_not_in_focus_before_it():
    found = figures_of("Cyberspace is a popular destination for Christmas shoppers.",
                       "Forecasts predict that shoppers will spend £4bn buying gifts online.",
                       "On average each shopper will spend £220.", "Many shoppers are turning to eBay to find toys.",
                       "The PlayStation 2 is hard to find.", "Demand for the PlayStation 2 has driven prices up.",
                       "In shops the PlayStation 2 sells for £104.99.", title="Online shopping booms")
    assert by_quote(found, "£220").subject != "PlayStation"
    assert by_quote(found, "£104.99").subject == "PlayStation"


def test_a_stake_is_a_holders_measure_never_an_economys():
    found = figures_of("Irish publishing group Independent News & Media is buying up a 26% stake in Indian "
                       "newspaper company Jagran.", title="Indy buys into India paper")
    assert by_quote(found, "26%").subject == "Independent News & Media"


def test_a_speakers_findings_belong_to_what_they_are_about():
    found = figures_of("AOL runs games sites. AOL sells games too.",
                       "Greg Mills, program director at AOL, said its figures suggested that sports games attracted "
                       "90% of young males.", title="Casual gaming to take off")
    ninety = by_quote(found, "90%")
    assert (ninety.subject, ninety.certain) == ("sports games", False)


def test_a_share_from_a_countrys_people_is_theirs():
    found = figures_of("Almost a third of the money spent online will come out of British wallets compared to 29% "
                       "from German shoppers and only 4% from Italian gift buyers.",
                       "Sales rose 5% from Monday.", title="Christmas shopping online")
    assert [by_quote(found, q).subject for q in ("29%", "4%")] == ["German shoppers", "Italian gift buyers"]
    assert by_quote(found, "5%").subject != "Monday"


def test_the_commas_and_and_of_a_list_of_nouns_start_no_clause():
    found = figures_of("The number of women buying programs to protect PCs from virus, spam and spyware attacks rose "
                       "by 11.2% each year.", title="Security software")
    assert by_quote(found, "11.2%").subject == "women buying programs"
    found = figures_of("Output from factories, mines and utilities rose 0.3% in November.",
                       title="US industrial output grows")
    assert by_quote(found, "0.3%").subject == "US"
    found = figures_of("Sales rose 5%, profits fell and costs rose 2%.", title="Results")
    assert by_quote(found, "2%").subject != "Sales"  # a list of clauses, not of nouns


def test_an_offer_from_a_bidder_is_the_bidders():
    found = figures_of("MCI rejected an $8bn offer from Qwest.",
                       "The Irish pair will oppose any formal £800m takeover bid from US tycoon Malcolm Glazer.",
                       title="MCI and Manchester United bids")
    assert by_quote(found, "$8bn").subject == "Qwest"
    accepted = figures_of("MCI accepted a $6.75bn (£3.6bn) buyout from telecoms giant Verizon on Monday.", title="MCI")
    assert by_quote(accepted, "$6.75bn").subject == "Verizon"  # past the amount restated in brackets
    assert by_quote(found, "£800m").subject == "Malcolm Glazer"  # not the place describing him
    assert by_quote(found, "£800m").metric == "bid"  # a takeover bid is a bid, no purchase price yet


def test_a_demonstrative_subject_is_the_figure_the_sentence_before_gave():
    found = figures_of("Preventon sells security software.",
                       "It is thought that 40% of those buying home net security programs are retired.",
                       "For the last three years, that has gone up by an average of 13.2%.", title="PC security")
    rise = by_quote(found, "13.2%")
    assert (rise.subject, rise.certain) == ("those buying home net security programs", False)


def test_counted_things_and_offences_are_groups_and_according_to_statistics_names_no_source():
    found = figures_of("The numbers of lost laptops has leapt by 71% in the last three years.",
                       "According to statistics 50% of all muggings and snatch theft offences involve mobiles.",
                       title="Phones and laptops left in cabs")
    assert by_quote(found, "71%").subject == "lost laptops"
    fifty = by_quote(found, "50%")
    assert (fifty.subject, fifty.source) == ("muggings and snatch theft offences", "")


def test_the_company_is_the_one_company_the_sentence_before_named_and_described():
    found = figures_of("The Pension Benefit Guaranty Corporation (PBGC) is in deficit.",
                       "The PBGC was founded in 1974 to protect workers' retirement rights.",
                       "With United battling bankruptcy, the carrier had wanted to use the money elsewhere.",
                       "The company has an estimated $2.9bn hole in its pilots' pension scheme, which the PBGC will "
                       "now guarantee.", title="Pension agency may need bail-out")
    assert by_quote(found, "$2.9bn").subject == "United"


def test_a_sum_owed_by_a_debtor_is_the_debtors_and_a_tax_bill_is_a_tax_claim():
    found = figures_of("Prosecutors are forcing the sale of Yuganskneftegas to help pay a $27bn (£14bn) back tax "
                       "bill, which they claim is owed by Yukos.",
                       "The Kremlin sold Yugansk to state-run oil group Rosneft for $9.3bn to offset a massive back "
                       "tax bill.", title="Yukos unit sold")
    bill = by_quote(found, "$27bn")
    assert (bill.subject, bill.metric) == ("Yukos", "tax claim")
    assert by_quote(found, "$9.3bn").metric != "tax claim"  # what the money was for, not what it is


def test_the_country_is_a_country_the_sentence_before_named_not_a_region():
    found = figures_of("Shares in travel firms fell across Asia.", "Thai Airways shed almost 4%.",
                       "The country relies on tourism for about 6% of its total economy.", title="Asia markets hit")
    assert by_quote(found, "6%").subject == "Thailand"


def test_a_lenders_own_figures_are_its_findings_about_the_housing_market():
    found = figures_of("Halifax's own monthly figures on house sales suggest the average price of a British property "
                       "now stands at £163,748 after a 0.8% rise in January.", title="UK house prices rise")
    price = by_quote(found, "£163,748")
    assert (price.subject, price.metric, price.source) == ("UK housing market", "house price", "Halifax")
    assert by_quote(found, "0.8%").subject != "Halifax" or not by_quote(found, "0.8%").certain


def test_a_buyer_named_after_to_and_its_countrys_possessive_is_an_object():
    found = figures_of("Shares in engineering group Jarvis have soared on news that it is offloading its stake.",
                       "Jarvis said the deal would cut its debts.",
                       "The sale of the 33% stake to Spain's Ferrovial for £146m is a lifeline to Jarvis.",
                       title="Jarvis sells Tube stake")
    assert by_quote(found, "£146m").subject != "Ferrovial"


def test_an_aside_participle_a_place_possessive_and_percent_owned_by_name_the_right_company():
    found = figures_of("Reliance Industries rose 2.7%, while Reliance Energy, headed by Anil, jumped 7%.",
                       "IPC is 46%-owned by Reliance Industries.",
                       "Travel companies also took a hit, with Japan's Kinki Nippon sliding 1.5%.",
                       "The Fed's Open Market Committee voted for a quarter point rise in interest rates to 2.25%.",
                       title="Reliance feud")
    assert by_quote(found, "7%").subject == "Reliance Energy"
    assert (by_quote(found, "46%").subject, by_quote(found, "46%").metric) == ("Reliance Industries", "stake")
    assert by_quote(found, "1.5%").subject == "Kinki Nippon"
    assert by_quote(found, "2.25%").subject == "Fed"  # an organisation's possessive still binds; a place's does not


def test_a_sentence_naming_only_the_articles_company_returns_the_focus_to_it():
    found = figures_of("Yahoo has reached the grand old age of 10.", "Yahoo was the first internet firm to float.",
                       "Microsoft has amazing assets, but it has yet to show it can use them.",
                       "That is not to say that Yahoo hasn't had its dark days.",
                       "When the dot-com bubble burst, it saw its market value fall from a peak of $120bn to $4.6bn.",
                       title="Yahoo celebrates a decade online")
    assert by_quote(found, "$120bn").subject == "Yahoo"


def test_a_brand_whose_capital_comes_second_is_a_name():
    found = figures_of("Apple makes the iPod.",
                       "Mr Jobs told the delegates at MacWorld that iPod already had a 65% market share.",
                       title="Apple unveils Mac mini")
    assert by_quote(found, "65%").subject == "iPod"


def test_a_comparative_ending_an_earlier_phrase_is_no_direction_of_a_share():
    found = figures_of("To make matters worse 90% of those companies questioned had no idea.", title="Warning")
    assert found[0].value == 90


def test_an_amount_people_lost_is_a_loss_and_a_verb_names_no_percentage():
    found = figures_of("Shareholders lost about $180bn when the company collapsed.",
                       "Its shares lost 40 cents.",
                       "The agency works with firms which make more than 22% of power supplies.", title="Collapse")
    lost = by_quote(found, "$180bn")
    assert (lost.metric, lost.value) == ("loss", 180e9)
    assert by_quote(found, "40 cents").value == -0.4
    assert by_quote(found, "22%").metric != "profit"


def test_a_verb_before_its_object_and_by_says_which_way_the_money_went():
    found = figures_of("Mr Berlusconi has promised to cut taxes by 6.5bn euros this year.",
                       "The firm hopes to increase productivity by 3bn euros.", title="Italy budget")
    cut = by_quote(found, "6.5bn euros")
    assert (cut.metric, cut.value) == ("tax cut", -6.5e9)
    assert by_quote(found, "3bn euros").value == 3e9


def test_a_stake_is_its_holders_whoever_holds_it():
    found = figures_of("Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, "
                       "will reject any offer.",
                       "Yantai State Asset Management Bureau - a government agency - owns 55% of Changyu.",
                       "The remaining 12% will be retained by the Yantai city government.",
                       "The UK-Dutch group Shell will own 30% of the project.",
                       title="Irish duo could block Man Utd bid")
    assert by_quote(found, "29%").subject == "JP McManus and John Magnier"
    assert by_quote(found, "55%").subject == "Yantai State Asset Management Bureau"
    assert by_quote(found, "12%").subject.startswith("Yantai")
    assert by_quote(found, "30%").subject != "UK-Dutch"


def test_a_company_named_after_a_month_and_a_headline_name_that_only_describes_another():
    found = figures_of("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn.",
                       "Federated has annual sales of $15.6bn, while May's yearly sales are $14.4bn.",
                       title="Macy's owner buys rival for $11bn")
    assert by_quote(found, "$11bn").subject == "Federated Department Stores"
    assert by_quote(found, "$14.4bn").subject == "May Department Stores"


def test_a_clause_of_reaching_measures_what_its_sentence_is_about():
    found = figures_of("Inflation, however, has been rising faster than expected, hitting an annual rate of 1.6% in "
                       "December.", "That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros.",
                       title="UK inflation")
    assert by_quote(found, "1.6%").metric == "inflation"
    assert by_quote(found, "2.3bn euros").metric == "valuation"


def test_it_after_for_or_allowing_may_be_another_company():
    found = figures_of("Sumitomo Mitsui Financial has withdrawn its offer for UFJ.",
                       "Sumitomo told UFJ of its decision, clearing the way for it to conclude a 3 trillion yen deal "
                       "with Mitsubishi.", title="Japanese banking battle at an end")
    assert not by_quote(found, "3 trillion yen").certain


def test_a_measure_that_cannot_be_the_amount_is_unsure_and_a_buyback_is_a_buyback():
    from briefing.extract.plausibility import implausible_measure
    assert implausible_measure("share price", "USD", 3.6e8) and not implausible_measure("share price", "USD", 12.5)
    assert implausible_measure("interest rate", "GBP", 5e9) and not implausible_measure("interest rate", "%", 4.75)
    found = figures_of("Metlife is to buy Travelers Life for $11.8bn.", "Metlife will pay $3bn in Metlife stock.",
                       "Nestle plans to buy back shares worth 1bn Swiss francs.", title="Metlife buys Travelers")
    assert by_quote(found, "1bn Swiss francs").metric == "share buyback"
    paid = by_quote(found, "$3bn")
    assert not (paid.metric == "share price" and paid.certain)


def test_a_word_after_a_preposition_past_the_figure_says_no_direction():
    found = figures_of("Under the proposals, a voluntary contribution of 1% on contracts could be made to the fund.",
                       "Profits were 5% lower.", title="Digital fund")
    assert by_quote(found, "1%").value == 1 and by_quote(found, "5%").value == -5


def test_a_role_before_a_name_is_no_part_of_it():
    found = figures_of("Rank owns Deluxe Film, and Rank said profits rose.",
                       "Advisors Goldman Sachs are understood to have valued its Deluxe Film unit at £300m.",
                       title="Rank to demerge film unit")
    assert "Advisors" not in by_quote(found, "£300m").subject


def test_an_investment_bank_invests_nothing_and_out_of_work_is_unemployment():
    found = figures_of("Earnings at Barclays Capital investment bank rose 25% to £1.04bn.",
                       "Young people are particularly hard hit with 37% out of work.", title="Barclays profits")
    assert by_quote(found, "£1.04bn").metric == "profit"
    assert by_quote(found, "37%").metric == "unemployment rate"


def test_a_compared_value_given_to_the_first_owner_moves_the_focus_and_a_group_of_people_is_unsure():
    found = figures_of("Unemployment stood at 25%, compared with 10% before the uprising against Israeli occupation.",
                       "Young people are particularly hard hit with 37% out of work.",
                       "Last year's growth rate of 6% can also be attributed to this gap in violence.",
                       title="Palestinian economy in decline")
    assert by_quote(found, "6%").subject == "Palestinian Territories"
    youth = by_quote(found, "37%")
    assert (youth.subject, youth.certain) == ("Palestinian Territories", False)


@pytest.mark.parametrize("sentence, quote", [
    ("The ministry wants to raise Iraq's phone penetration rate from about 4.5% today to 25% by 2008.", "4.5%"),
    ("Mexican labourers living in the US sent a record $16.6bn home last year.", "$16.6bn"),
    ("Sequoia agreed to fund Yahoo to the tune of $2m.", "$2m"),
    ("The real estate firm ended the day down at $8.08.", "$8.08"),
    ("Another 18% came from attempts to rip off bank accounts.", "18%"),
])
def test_words_after_or_around_an_amount_that_say_when_where_or_how_are_no_measure(sentence: str, quote: str):
    from briefing.plan.charts import chartable
    figure = by_quote(figures_of(sentence, title="Figures"), quote)
    assert figure.metric.split()[0] not in ("today", "home", "tune", "day", "came")
    assert not chartable(figure) or figure.metric not in ("amount", "percentage")


def test_the_measure_a_verb_changed_and_rates_that_are_no_interest_rates():
    found = figures_of("Pernod has reduced the debt it took on to fund the Seagram purchase to just 1.8bn euros.",
                       "Resolution rates - the calls resolved - are running at just 50%.",
                       "The bank cut rates to 2%.", title="Pernod eyes Allied")
    assert by_quote(found, "1.8bn euros").metric == "debt"
    assert by_quote(found, "50%").metric != "interest rate"
    assert by_quote(found, "2%").metric == "interest rate"


def test_a_word_the_article_writes_in_lower_case_is_no_name_where_a_sentence_starts():
    found = figures_of("The steelmakers want prices to rise.", "Steelmakers have raised prices by 24% this year.",
                       "The auction was won by a shell company for $9.4bn - much less than expected.",
                       title="Steel prices soar")
    assert by_quote(found, "24%").subject != "Steelmakers"
    assert by_quote(found, "$9.4bn").metric != "much"


def test_a_place_introducing_a_company_leaves_the_company_as_the_next_sentences_firm():
    found = figures_of("Demand for steel in China and Japan is booming.", "Nippon Steel agreed to pay more for ore.",
                       "Japan's Nippon Steel lost 2.5% to 270 yen.",
                       "China's Acme Steel, the country's largest steel producer, said it would pull its share sale.",
                       "The firm had been expected to offer $2.7bn worth of shares to investors.",
                       "Acme Steel is based in Shanghai.",
                       title="Ore costs hit global steel firms")
    assert by_quote(found, "$2.7bn").subject == "Acme Steel"


def test_names_joined_to_an_object_are_objects_and_a_with_phrase_belongs_to_its_clause():
    found = figures_of("SAIC signed a deal with Rover in August.",
                       "Meanwhile, small carmaker Kestrel Auto is in negotiations with Rover and SAIC to take "
                       "a 20% stake in the joint venture.",
                       "France's Snecma has said it plans a venture with SAIC to make engine parts, with an "
                       "initial investment of $6.5m.",
                       title="Rover deal near")
    assert by_quote(found, "20%").subject == "Kestrel Auto"
    assert by_quote(found, "$6.5m").subject == "Snecma"


def test_a_company_doing_a_deed_in_an_article_about_a_country_is_the_next_us_company():
    found = figures_of("India's defence minister opened the air show, where Snecma has a stand, as does Boeing.",
                       "Snecma plans a joint venture with HAL, with an initial investment of $6.5m.",
                       "On the civilian front, Boeing announced a deal with India's HCL Technologies.",
                       "The US company also said it had agreed with a new Indian budget airline the sale of 10 "
                       "planes for $630m.",
                       title="Aviation firms eye booming India")
    figure = by_quote(found, "$630m")
    assert (figure.subject, figure.metric, figure.certain) == ("Boeing", "deal value", True)



def test_a_name_after_a_preposition_and_a_gerund_is_an_object():
    found = figures_of("Yukos is fighting the Kremlin.",
                       "The government's argument for selling Yuganskneftegaz - the unit's full name - was that Yukos "
                       "owed more than $27bn in back taxes.", title="Yukos owner sues Russia")
    assert by_quote(found, "$27bn").subject == "Yukos"


def test_a_holding_is_its_holders_and_its_after_it_may_be_the_company_held():
    found = figures_of("Group Menatep controls Yukos.",
                       "Menatep said the value of its Yukos shareholding had gone from $17.8bn to virtually nothing "
                       "since 2003, as its shares have fallen 97%.", title="Yukos owner sues Russia")
    figure = by_quote(found, "97%")
    assert not figure.certain and "its" in figure.reason
    assert by_quote(found, "$17.8bn").subject == "Menatep"  # its holding's value, not Yukos's


def test_a_level_another_is_compared_below_is_no_fall():
    found = figures_of("Kenya's economy grew by 2% over the past four years, slightly below the African average of "
                       "4%.", title="Kenya budget")
    figure = by_quote(found, "4%")
    assert figure.value == 4 and figure.direction != Direction.DOWN


def test_a_statistics_office_states_an_economys_figure_it_does_not_own_it():
    found = figures_of("Germany's economy shrank 0.2% in the last quarter.",
                       "The Federal Statistics Office said growth for the whole of 2004 was 1.6%.",
                       title="German growth goes into reverse")
    figure = by_quote(found, "1.6%")
    assert (figure.subject, figure.source) == ("Germany", "Federal Statistics Office")


def test_a_short_form_of_lower_case_words_is_a_measure_not_an_owner():
    found = figures_of("New figures show the Labor Department producer price index (PPI) rose by 0.3%.",
                       "Later, the core PPI figure surged 2.7% in the past year.",
                       title="US data sparks inflation worries")
    assert {f.subject for f in found} == {"US"}


def test_figures_without_an_owner_in_an_article_about_a_country_and_two_unsaid_measures_are_two_facts():
    found = figures_of("South Africa's finance minister unveiled the budget.",
                       "The tax cuts target firms, cutting corporate tax from 30% to 29%.",
                       "Spending on health will rise by 9.4%.",
                       "Unemployment remains high, currently at about 30%.", title="South Africa unveils budget")
    assert by_quote(found, "9.4%").subject == "South Africa" and not by_quote(found, "9.4%").certain
    assert len([f for f in found if f.value == 30]) == 2


def test_a_short_form_after_a_pair_of_names_is_the_second_and_a_clause_of_when_shares_the_measure():
    found = figures_of("Fiat and General Motors (GM) have until midnight to settle a dispute.",
                       "GM no longer wants to own the Fiat unit.",
                       "Reports of deadlocked talks sent Fiat shares down 1.2% on Tuesday, after Monday's 4% gain.",
                       title="Deadline nears for Fiat-GM deal")
    assert [(f.subject, f.value) for f in found] == [("Fiat", -1.2), ("Fiat", 4.0)]


def test_a_description_naming_a_country_the_article_never_ties_to_the_company_is_unsure():
    found = figures_of("Fiat will gain the right to sell its car division to GM.",
                       "Fiat shares fell 1.2% on Tuesday.",
                       "The US firm is thought to be offering about $2bn to extricate itself.",
                       "Italy's Fiat said the Italian firm had lost 800m euros.",
                       title="Deadline nears for Fiat-GM deal")
    assert not by_quote(found, "$2bn").certain
    assert by_quote(found, "800m euros").certain  # "Italy's Fiat" ties it to its description


def test_a_group_named_before_its_division_keeps_its_own_name_and_its_follows_the_opening_description():
    found = figures_of("Barclays has reported record profits.", "Barclays shares rose.",
                       "Earnings at Barclays Capital investment bank rose 25% to £1.04bn.",
                       "Its Global Investors wing made £347m.",
                       "The bank also blamed spending on its branches for a 1% fall in profits.",
                       title="Barclays profits hit record level")
    assert by_quote(found, "25%").subject == "Barclays Capital"
    assert by_quote(found, "1%").subject == "Barclays"


def test_mortgage_lending_and_house_prices_are_the_countrys_market_and_gross_lending_is_no_box_office():
    found = figures_of("Both the Council of Mortgage Lenders (CML) and the BBA said lending was down.",
                       "The CML said gross mortgage lending stood at £17.9bn.",
                       "Prices of homes in the UK rose a seasonally adjusted 0.5% in February, says the Nationwide.",
                       title="Lull in UK lending")
    lending = by_quote(found, "£17.9bn")
    assert (lending.subject, lending.metric, lending.source) == ("UK mortgage market", "mortgage lending",
                                                                 "Council of Mortgage Lenders")
    assert (by_quote(found, "0.5%").subject, by_quote(found, "0.5%").metric) == ("UK housing market",
                                                                                 "house price growth")


def test_a_possessed_share_is_the_possessors_and_not_the_groups_it_is_of():
    found = figures_of("According to Websidestory, Firefox's market share is now about 5% of all users.",
                       title="Firefox gains on Internet Explorer")
    figure = by_quote(found, "5%")
    assert (figure.subject, figure.metric) == ("Firefox", "market share")


def test_the_owner_of_a_company_is_not_the_company():
    found = figures_of("The majority owner of embattled Russian oil firm Yukos has sued the Russian government for "
                       "$28.3bn.", "Yukos is still waiting for a US court ruling.", title="Yukos owner sues Russia")
    figure = by_quote(found, "$28.3bn")
    assert (figure.subject, figure.certain) == ("Yukos owner", False)
    # a person the relation describes is the subject: the figure stays the company's
    found = figures_of("British Airways (BA) made a profit.",
                       "Rod Eddington, BA's chief executive, said fuel costs rose by £106m in the quarter.",
                       title="BA profits hit by fuel")
    assert (by_quote(found, "£106m").subject, by_quote(found, "£106m").certain) == ("British Airways", True)


def test_whom_a_regulator_accuses_of_paying_is_who_paid():
    found = figures_of("The SEC had accused Titan of illegally paying $2.1m to an agent in Benin.",
                       "Titan agreed to settle.", title="Titan admits bribery")
    assert by_quote(found, "$2.1m").subject == "Titan"


def test_whom_a_lawsuit_is_against_owns_none_of_its_sum():
    found = figures_of("Yukos filed for bankruptcy in the US.",
                       "The company is also seeking $20bn in a separate US lawsuit against Rosneft and Gazprom.",
                       title="Yukos sues Rosneft")
    assert by_quote(found, "$20bn").subject == "Yukos"
    found = figures_of("Rosneft bought Yugansk in a sale forced by Russia to settle a $27.5bn tax claim against Yukos.",
                       title="Rosneft buys Yugansk")
    assert by_quote(found, "$27.5bn").subject == "Yukos"  # a sum owed is owed by whom it is claimed against


def test_whom_a_sale_helps_pay_a_bill_owes_it():
    found = figures_of("Yukos is fighting the Kremlin in court.",
                       "Yugansk was sold for $9.3bn last year to help Yukos pay off part of a $27bn bill in unpaid "
                       "taxes.",
                       title="Yukos loses appeal")
    assert by_quote(found, "$27bn").subject == "Yukos"


def test_a_short_form_defines_a_name_joined_by_two_small_words():
    found = figures_of("A spokesman for the World Summit for the Information Society (WSIS) spoke in Geneva.",
                       "The figures surpass a WSIS campaign goal that calls for 50% access to telephones by 2015.",
                       title="Digital divide narrowing")
    assert by_quote(found, "50%").subject == "World Summit for the Information Society"


def test_a_share_of_the_worlds_population_is_the_worlds_not_the_companys():
    found = figures_of("Ericsson made a profit.", "Its boss said that about 27% of the world's population now has "
                       "access to mobile communications.", title="Ericsson sees growth")
    assert by_quote(found, "27%").subject == "world's population"


def test_the_market_for_a_thing_owns_its_worth():
    found = figures_of("The market for full-track music downloads was worth just $20 million in 2004, according to "
                       "Jupiter Research.", title="Music to drive mobiles")
    figure = by_quote(found, "$20 million")
    assert (figure.subject, figure.source) == ("full-track music downloads market", "Jupiter Research")


def test_rand_after_a_number_is_south_african_money():
    found = figures_of("Unveiling the 418bn-rand budget, the minister cut income tax by 6.8bn rand ($1.2bn).",
                       title="South Africa unveils budget")
    assert [(f.quote, f.unit, f.value) for f in found if f.role.value == "main"] == [
        ("418bn-rand", "ZAR", 418e9), ("6.8bn rand", "ZAR", -6.8e9)]


def test_a_share_of_a_named_people_after_a_word_of_time_is_theirs():
    found = figures_of("Vodafone made the first call.",
                       "Mobile phones have become part of modern life and now almost 90% of Britons own a handset.",
                       title="Mobile phone turns 20")
    assert by_quote(found, "90%").subject == "Britons"


def test_it_said_to_be_a_thing_that_grows_is_that_thing_not_the_company_in_focus():
    found = figures_of("BT said broadband was spreading in London.",
                       "It is an industry that is growing by 6% a year too.", title="London's creative industry")
    figure = by_quote(found, "6%")
    assert (figure.subject, figure.certain) == ("industry", False)


def test_a_description_opening_a_sentence_owns_the_figure_of_its_verb_after_an_aside():
    found = figures_of("Email Systems tracked junk mail for a year.",
                       "Scam mails, offering ways to make a quick buck, have declined by 40%.",
                       title="Junk e-mails on relentless rise")
    figure = by_quote(found, "40%")
    assert (figure.subject, figure.certain) == ("scam mails", False)


def test_a_mass_of_things_opening_a_sentence_owns_its_change():
    found = figures_of("Email Systems tracked junk mail for a year.", "Spam traffic is up by 40%.",
                       title="Junk e-mails on relentless rise")
    assert by_quote(found, "40%").subject == "spam traffic"


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Japan's economy grew 0.5% in the last quarter.", "Japan"),
    ("China's exports rose 5% in March.", "China"),
    ("French exports rose 2% in May.", "France"),
])
def test_a_country_whose_name_is_also_a_word_opens_a_sentence_as_a_name(sentence: str, owner: str):
    figure = figures_of(sentence)[0]
    assert figure.subject == owner and figure.certain


def test_an_adjective_ending_in_s_is_no_group_that_owns_a_figure():
    found = figures_of("The economy of Japan shrank 0.5% in the last three months of 2004.",
                       "A previous estimate of 0.1% growth was downgraded to a 0.3% decline.",
                       title="Japan slides into recession")
    assert by_quote(found, "0.1%").subject == "Japan"


@pytest.mark.parametrize(("analysts", "source"), [("Gartner", "Gartner"), ("InStat/MDR", "InStat")])
def test_what_a_statement_is_about_owns_its_figure_not_the_company_last_in_focus(analysts: str, source: str):
    found = figures_of("Northwind launched a mobile TV service on Monday.",
                       f"A report by analysts {analysts} has predicted that smartphone shipments will grow by 44% "
                       "over the next five years.")
    figure = by_quote(found, "44%")
    assert figure.subject == "smartphone shipments" and figure.source == source
    assert not figure.certain


def test_what_would_have_been_is_listed_but_never_certain():
    found = figures_of("Northwind Holdings is a logistics firm.",
                       "Its underlying profits rose 1% to $933m in 2004, but would have been 8% higher if currency "
                       "movements were stripped out.")
    assert by_quote(found, "1%").certain
    hypothetical = by_quote(found, "8%")
    assert not hypothetical.certain and "would have been" in hypothetical.reason


def test_a_company_speaking_after_its_own_bare_measure_owns_it():
    found = figures_of("The retailer has posted a record half-year profit.",
                       "Sales will dip by at least $30m after the floods closed many of its stores, Northwind said.",
                       title="Northwind profits fly to record")
    figure = by_quote(found, "$30m")
    assert figure.subject == "Northwind" and figure.certain and figure.value < 0


def test_results_after_a_sentence_that_opens_with_the_company_are_its_own():
    found = figures_of("Northwind has posted a record half-year profit thanks to cost cuts.",
                       "Net profit in the six months to December rose 28% to $458m from a year earlier.",
                       "More than 50% of homes now have broadband.")
    assert all(by_quote(found, q).subject == "Northwind" and by_quote(found, q).certain for q in ("28%", "$458m"))
    assert by_quote(found, "50%").subject != "Northwind"  # a share of homes is no result of the company's


def test_a_result_after_an_outlook_is_no_forecast():
    found = figures_of("Northwind Holdings is a logistics firm.",
                       "The company remained optimistic about its outlook after sales in the fourth quarter rose 9% "
                       "to $39.4bn.")
    assert by_quote(found, "9%").kind == FigureKind.CHANGE
    assert by_quote(found, "$39.4bn").kind == FigureKind.LEVEL


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The company said it was unable to estimate its legal reserves, which it previously set at $500m.", "$500m"),
    ("It said Northwind was set to restructure after reaching a $2bn settlement with its lenders.", "$2bn"),
    ("Northwind has seen its new game pull in an estimated £24m in revenues over the weekend.", "£24m"),
    ("The founder was estimated to have been worth more than £200m at the peak of the boom.", "£200m"),
])
def test_a_fact_told_beside_a_forecast_word_is_no_forecast(sentence: str, quote: str):
    figure = by_quote(figures_of("Northwind Holdings makes games.", sentence), quote)
    assert figure.kind == FigureKind.LEVEL


@pytest.mark.parametrize(("sentence", "quote", "not_owner"), [
    ("The figures confounded hopes of a 0.2% expansion in the fourth quarter.", "0.2%", "figures confounded hopes"),
    ("I'd say 70% of the donations came from people I don't know.", "70%", "donations came from people"),
    ("For instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop about 75% of "
     "spam.", "75%",
     "filtering out e-mail messages"),
    ("Under the proposals agreed, voluntary contribution of 1% on contracts obtained by private firms would go to "
     "the fund.", "1%",
     "under the proposals"),
])
def test_a_verb_a_gerund_or_a_preposition_ends_or_rules_out_a_description(sentence: str, quote: str, not_owner: str):
    figure = by_quote(figures_of("Northwind Holdings is a logistics firm.", sentence), quote)
    assert not_owner not in figure.subject.lower()


def test_a_word_describing_the_company_named_after_it_is_no_name_of_its_own():
    found = figures_of("Telecoms equipment supplier Ericsson has posted a rise in fourth quarter profits.",
                       "Operating profit in the three months to 31 December was 9.5bn kronor.")
    figure = by_quote(found, "9.5bn kronor")
    assert figure.subject == "Ericsson" and figure.certain


def test_a_clause_that_opens_with_a_time_shares_the_subject_before_it():
    found = figures_of("Northwind Holdings makes browsers.",
                       "In July the Northwind user base dropped to 94.7% and by the end of October stood at 92.9%.")
    assert by_quote(found, "92.9%").subject == by_quote(found, "94.7%").subject == "Northwind Holdings"
    assert by_quote(found, "92.9%").certain


def test_money_a_government_hands_out_is_the_government_s_not_the_economy_s():
    found = figures_of("The French government is to hand its struggling wine industry 70m euros in aid.",
                       "France's economy grew 2% last year.")
    assert by_quote(found, "70m euros").subject == "French government"
    assert by_quote(found, "2%").subject == "France"


@pytest.mark.parametrize(("sentence", "quote", "owner"), [
    ("The worldwide handheld software market had an estimated worth of $2.6bn at the end of 2004.", "$2.6bn",
     "worldwide handheld software market"),
    ("That trend is predicted to continue, with wholesale shipments of consumer technologies expected to grow by "
     "11% in 2005.", "11%", "wholesale shipments of consumer technologies"),
])
def test_a_market_named_by_its_trade_and_a_group_of_things_own_their_figures(sentence: str, quote: str, owner: str):
    figure = by_quote(figures_of("Northwind launched a games console on Monday.", sentence), quote)
    assert figure.subject == owner and not figure.certain
    assert figure.kind != FigureKind.FORECAST or quote == "11%"  # "an estimated worth of" is a result


def test_a_counted_people_opening_a_sentence_own_the_shares_after_it():
    found = figures_of("Of the 22 million Americans who own MP3 players, 59% are men compared to 41% of women.",
                       title="Millions buy MP3 players in US")
    assert {f.subject for f in found} == {"Americans who own MP3 players"}


@pytest.mark.parametrize(("sentence", "quote", "owner"), [
    ("Although inventories fell 0.7% month on month, they were 36% higher than a year ago.", "36%", "inventories"),
    ("The rules set out how to make better adaptors, meaning they are about 35% more efficient.", "35%",
     "better adaptors"),
    ("He said that when phones were launched they cost about £2,000.", "£2,000", "phones"),
])
def test_they_is_the_plural_before_it_in_its_sentence(sentence: str, quote: str, owner: str):
    figure = by_quote(figures_of("Northwind Holdings makes gadgets.", sentence), quote)
    assert figure.subject == owner and not figure.certain


@pytest.mark.parametrize(("sentence", "owner"), [
    ("I'd say 70% of the donations came from people I don't know.", "donations"),
    ("Over 85% of the bids were at the higher end of the price range.", "bids"),
])
def test_a_share_of_things_that_are_the_subject_of_their_verb_is_theirs(sentence: str, owner: str):
    figure = figures_of("Northwind runs a charity site.", sentence)[0]
    assert figure.subject == owner


def test_a_share_of_shares_is_no_group_of_things():
    figure = figures_of("Northwind runs a charity site.", "About 20% of the shares were sold.")[0]
    assert figure.subject != "shares"


def test_a_place_s_market_for_a_trade_is_that_trade_s_market():
    found = figures_of("Games awards have grown in importance.",
                       "Over the last six years, the UK market for games grew by 100%.")
    assert by_quote(found, "100%").subject == "UK games market"


def test_what_something_was_worth_is_its_value_not_the_measure_before_it():
    found = figures_of("Games awards have grown in importance.",
                       "The UK market for games grew by 100% and was worth a record £1,152m in 2003.")
    assert by_quote(found, "£1,152m").metric == "value"
    assert by_quote(found, "100%").metric == "growth"


def test_a_second_that_clause_has_a_subject_of_its_own():
    figure = by_quote(figures_of("Web tracking firm Northwind said most downloaders were from within the UK and that "
                                 "downloads of TV programmes had increased by 150% in the last year."), "150%")
    assert figure.subject == "downloads"


def test_a_span_of_years_opening_a_sentence_is_no_part_of_its_subject():
    found = figures_of("Northwind wants to get in with artists.",
                       "Between 1997 and 2002, the creative industry brought £21 billion to London alone.")
    assert by_quote(found, "£21 billion").subject == "creative industry"


def test_a_place_describing_a_company_is_no_owner_even_in_an_article_about_a_country():
    found = figures_of("Qatar is trying to make itself a regional leader in natural gas.",
                       "US oil giant ExxonMobil signed up for a $12.8bn deal earlier on Sunday.",
                       "ExxonMobil said it was pleased.", title="Qatar signs gas deals")
    figure = by_quote(found, "$12.8bn")
    assert figure.subject == "ExxonMobil" and figure.certain


def test_the_subject_of_a_sentence_comes_after_the_clause_that_sets_its_scene():
    found = figures_of("Nigeria plans to double its cocoa output by 2010.",
                       "At the same time as Nigeria announced its new initiative, Ghana - the world's second largest "
                       "cocoa exporter - announced revenues from the industry had broken new records.",
                       "The country saw more than $1.2bn-worth of the beans exported during 2003-04.",
                       title="Nigeria to boost cocoa production")
    assert by_quote(found, "$1.2bn").subject == "Ghana"


def test_a_rate_in_a_part_of_a_place_is_not_the_whole_place_s():
    found = figures_of("The European Union is expanding.",
                       "In the region today the unemployment rate is 12%, in some areas it is 15%.",
                       title="EU struggles")
    assert not by_quote(found, "12%").certain and not by_quote(found, "15%").certain


def test_an_index_named_with_its_kind_owns_its_move_and_a_semicolon_ends_a_forecast_s_reach():
    found = figures_of("The dollar edged higher against the pound.",
                       "Concerns over the outlook for the dollar pushed down US stock markets on Tuesday; "
                       "the Dow Jones industrial average closed down 1.6%, while the Nasdaq lost 1.3%.")
    figure = by_quote(found, "1.6%")
    assert figure.subject == "Dow Jones" and figure.kind == FigureKind.CHANGE and figure.value < 0


def test_every_name_of_a_list_after_a_preposition_is_an_object():
    found = figures_of("Argentina is set to close its debt restructuring offer for bondholders.",
                       "Of Argentina's bondholders, 38.4% reside in Argentina, 15.6% in Italy and 3.1% in Japan.",
                       "Investors in the UK, Holland and Luxembourg have about 1% each and the remainder were not "
                       "broken down by country.",
                       "In Europe, Arcelor shed 2.1% to 17.58 euros in Paris.", "Arcelor makes steel.",
                       title="Argentina closes debt offer")
    assert by_quote(found, "1%").subject != "Luxembourg" and not by_quote(found, "1%").certain
    assert by_quote(found, "2.1%").subject == "Arcelor"  # an opening phrase is no list


def test_names_a_sentence_lists_after_include_are_examples_not_what_it_is_about():
    found = figures_of("Exel is a logistics firm.",
                       "Its customers include Boots, Burberry, Mothercare and consumer products giant "
                       "Procter & Gamble.",
                       "Analysts said an offer of 950p a share would be fair.", title="Exel attracts bidders")
    assert by_quote(found, "950p").subject == "Exel"


def test_a_sentence_opening_with_a_country_s_product_trade_is_about_that_market():
    found = figures_of("Illva Saronno is to buy a stake in Changyu, China's biggest winemaker.",
                       "Chinese wine sales are growing, the US Agriculture Department said, with wine sales in 2003 "
                       "up 25% at 61.1bn yuan.", "Illva Saronno makes liqueurs.", title="Italians buy into Changyu")
    assert by_quote(found, "61.1bn yuan").subject == "Chinese wine market"
    gm = figures_of("GM added that US truck sales fell 9% in February.", "GM makes cars.")[0]
    assert gm.subject != "US truck market"  # a company's own sales, named in the sentence


def test_a_company_that_says_it_will_do_something_is_what_the_next_it_is():
    found = figures_of("T-Mobile has launched a new device.",
                       "The Microsoft Mobile phone, with two cameras, reflects the design of similar models.",
                       "T-Mobile also said it would be adding the Blackberry to its mobile range.",
                       "Reflecting the growing need to be connected, it announced it would introduce a flat-fee £20 "
                       "a month wi-fi tariff.", title="T-Mobile bets on pocket office")
    assert by_quote(found, "£20").subject == "T-Mobile"


def test_a_part_that_accounts_for_a_share_of_a_whole_owns_it():
    found = figures_of("Spam is a growing problem.", "Spam messages are estimated to account for at least 60% of all "
                       "e-mails sent.", "Virus mail accounts for just over 15% of all e-mail traffic.",
                       "Its shares make up 5% of the index.", title="Spam grows")
    assert by_quote(found, "60%").subject == "spam messages" and not by_quote(found, "60%").certain
    assert by_quote(found, "15%").subject == "virus mail"
    assert by_quote(found, "5%").subject not in ("shares", "its shares")  # a possessive: someone's own


def test_steel_and_gasoline_are_commodities_and_a_place_after_the_figure_says_where():
    found = figures_of("Iron ore costs have soared.", "Steel prices rose by 8% globally in January alone and by 24% "
                       "in China.", "The gains tracked a surge in US gasoline futures to a record high of $1.4850 a "
                       "gallon.", "Steelmakers are worried.", title="Steelmakers face costs")
    assert by_quote(found, "8%").subject == "steel" and by_quote(found, "8%").certain
    assert by_quote(found, "24%").subject == "steel in China"
    assert by_quote(found, "$1.4850").subject == "gasoline"


def test_the_things_a_price_or_number_is_of_are_the_subject():
    found = figures_of("Printer ink is costly, a study says.",
                       "The price of inkjet printers has come down to as little as £34.",
                       "The number of calls to call centres is growing at a rate of 20% every year.",
                       title="Ink costs more than printers")
    assert by_quote(found, "£34").subject == "inkjet printers" and not by_quote(found, "£34").certain
    assert by_quote(found, "20%").subject == "calls to call centres"


def test_things_counted_after_an_opening_adverb_are_the_subject():
    found = figures_of("O2 sells phones.",
                       "Globally, more than 167 million mobile phones were sold in the third quarter of 2004, 26% more "
                       "than the previous year, according to analysts.", title="Phones boom")
    assert by_quote(found, "26%").subject == "mobile phones" and not by_quote(found, "26%").certain


def test_a_company_with_a_share_of_the_market_holds_it():
    found = figures_of("Gazprom and Rosneft are to merge.",
                       "The merged group will remain outside Russia's top five oil producers - led by Lukoil with 11% "
                       "of the market, followed by TNK-BP.", title="Gazprom merger goes ahead")
    assert by_quote(found, "11%").subject == "Lukoil"


def test_a_company_s_figure_in_an_article_about_a_place_is_the_company_it_names_most():
    found = figures_of("A US airline attendant has been fired over her blog.",
                       "She was suspended by Delta in September.", "Rising fuel costs have hit Delta.",
                       "A spokesperson for Delta declined to comment.",
                       "Analysts had warned recently that the airline might have to seek bankruptcy protection.",
                       "Last week, it struck a $1bn cost-cutting deal with its pilots.",
                       title="US blogger fired by her airline")
    assert by_quote(found, "$1bn").subject == "Delta" and not by_quote(found, "$1bn").certain


def test_a_reporting_verb_s_form_that_a_verb_follows_is_a_noun_of_the_subject():
    found = figures_of("The EU's newest members will bolster growth, a report says.",
                       "The eight central European states which joined the EU last year will see 4.6% growth, the "
                       "United Nations Economic Commission for Europe (UNECE) said.", title="EU newcomers grow")
    assert by_quote(found, "4.6%").subject == "eight central European states"


def test_a_period_inside_a_relative_clause_dates_the_clause_not_the_figure():
    found = figures_of("Newcomers will bolster growth.",
                       "The eight states which joined the EU last year will see 4.6% growth in 2005.",
                       "The four states which joined in 2004 will see 3% growth.", title="EU newcomers grow")
    assert by_quote(found, "4.6%").period == "2005"
    assert by_quote(found, "3%").period != "2004"


def test_the_figure_is_whose_the_sentence_before_was():
    found = figures_of("Mobile phone sales boomed last year, according to Gartner.",
                       "More than 674 million mobiles were sold last year globally, said the report.",
                       "The figure was 30% more than in 2003, Gartner said.", title="Mobile sales soar")
    assert by_quote(found, "30%").subject == "mobiles" and not by_quote(found, "30%").certain


def test_a_country_that_lends_or_pays_owns_the_money_even_in_an_article_about_a_company():
    found = figures_of("China lent Russia $6bn (£3.2bn) to help the Russian government renationalise the key "
                       "Yuganskneftegas unit of oil group Yukos, it has been revealed.", "Yukos is an oil firm.",
                       title="China had role in Yukos split-up")
    assert by_quote(found, "$6bn").subject == "China" and by_quote(found, "$6bn").certain


def test_a_group_of_countries_can_own_an_economy_s_measure():
    found = figures_of("The EU is to consider a levy on airline fuel.",
                       "The world's richest countries have said they want to increase the amount of aid they give to "
                       "0.7% of their annual gross national income by 2015.", title="EU plans aid levy")
    assert by_quote(found, "0.7%").subject == "world's richest countries"


def test_they_after_in_a_place_are_that_place_s_people():
    found = figures_of("Nokia makes 200 million phones a year.",
                       "\"In China they spend $17 per child per year on textbooks.", title="$100 laptop plan")
    assert by_quote(found, "$17").subject == "China" and not by_quote(found, "$17").certain


def test_sales_at_shops_are_those_shops_own_subject_not_the_clause_before_s():
    found = figures_of("US retail sales fell in January.",
                       "Sales at electronic stores were down 0.6% in January, while sales at hardware stores dropped "
                       "by 0.3%.", "In the final quarter, businesses increased spending on equipment by 18%.",
                       title="Cars pull down US retail figures")
    assert by_quote(found, "0.6%").subject == "electronic stores"
    assert by_quote(found, "0.3%").subject == "hardware stores"


def test_a_kind_of_shop_s_sales_are_that_kind_of_shop_s_not_the_subject_before():
    found = figures_of("US retail sales fell in January.",
                       "Sales at restaurants rose by 0.3%, while grocery store sales were up 0.5%.",
                       "Acme's profits rose, while comparable store sales fell 2%.", "Acme owns shops.",
                       title="Cars pull down US retail figures")
    assert by_quote(found, "0.5%").subject == "grocery stores"
    assert by_quote(found, "2%").subject != "comparable stores"  # a retailer's own measure, no kind of shop


def test_a_company_s_figure_given_to_a_place_goes_to_whose_figure_the_sentence_gave_before():
    found = figures_of("Barclays has seen profits climb to record levels.",
                       "Barclays' chief said the bank had done well.", "Barclays results were in line with forecasts.",
                       "Its Global Investors wing made £347m, an 82% jump on 2003 figures.",
                       "The bank also blamed spending on its branches over the past year for a 1% fall in profits in "
                       "its UK retail division to £1.13bn.", title="Barclays profits hit record level")
    assert by_quote(found, "1%").subject == "Barclays"
    assert by_quote(found, "£1.13bn").subject == "Barclays"


def test_a_common_verb_in_the_present_ends_a_description():
    found = figures_of("The Food & Agriculture Organisation published a report.",
                       "In fact, almost 30 wealthy nations spend more than $300bn in agricultural subsidies.",
                       title="Poor nations need trade help")
    assert by_quote(found, "$300bn").subject == "wealthy nations"


def test_a_company_that_says_the_market_grew_speaks_of_its_own_sales_there():
    found = figures_of("Umbro has posted a rise in annual profit.", "The firm plans to grow sales in the UK.",
                       "The firm, reporting its first annual results, said the UK market had seen sales growth of 8% "
                       "last year.", "Analysts said the UK market for games grew by 10%.", title="Umbro profits up")
    assert by_quote(found, "8%").subject == "Umbro"
    assert by_quote(found, "10%").subject == "UK games market"  # a market named by its trade


def test_a_sum_that_fell_says_so_in_its_measure():
    found = figures_of("Delta has been hit by rising fuel costs.",
                       "It has said it needs to reduce costs by $5bn a year.",
                       "Sales will dip by at least A$30m, Delta said.", title="Delta cuts costs")
    assert by_quote(found, "$5bn").metric == "costs decline" and by_quote(found, "$5bn").value < 0
    assert by_quote(found, "A$30m").metric == "sales decline"


def test_a_figure_after_lower_than_the_is_the_level_compared_with_not_a_fall():
    found = figures_of("Parmalat's creditors are to vote on the plan.",
                       "This is lower than the 11.3% creditors previously hoped to receive.",
                       "It is the start of an ambitious new 7.5m euro project funded by the EU.",
                       "Profits were more than 10% lower.", title="Parmalat plan")
    figure = by_quote(found, "11.3%")
    assert figure.value == 11.3 and figure.kind != FigureKind.CHANGE and figure.metric == "percentage"
    assert by_quote(found, "7.5m euro").metric == "project"
    assert by_quote(found, "10%").value == -10  # "more than" with no article is a hedge


def test_a_loss_to_a_group_is_that_group_s():
    found = figures_of("Argentina is to close its debt restructuring offer.",
                       "The estimated loss to bondholders is up to 70% of the original value of the bonds.",
                       title="Argentina closes debt offer")
    assert by_quote(found, "70%").subject == "bondholders" and by_quote(found, "70%").metric == "loss"


def test_them_after_a_sentence_about_a_group_is_that_group():
    found = figures_of("Dimension Data surveyed call centres.",
                       "However, companies that decide to offshore their operations are driven not just by costs.",
                       "Only 42% of them say that saving money is the main consideration.", title="Call centres")
    assert by_quote(found, "42%").subject == "companies" and not by_quote(found, "42%").certain


def test_a_company_a_descriptor_introduces_after_an_opening_phrase_is_what_it_is_next():
    found = figures_of("During the same quarter, Google earned $204m.", "The trend has taken hold quickly.",
                       "Late last year, marketing company Doubleclick, one of the leading providers of online "
                       "advertising, warned that some or all of its business would have to be put up for sale.",
                       "But on Thursday, it announced a 20% rise in profits.", "Doubleclick sells ads.",
                       title="Online ads revive")
    assert by_quote(found, "20%").subject == "Doubleclick"


def test_their_after_a_sentence_opening_with_two_companies_is_both_of_theirs():
    found = figures_of("Ask Jeeves has thanked a revival in online advertising.", "Yahoo earned $187m.",
                       "Doubleclick makes ads.", "Neither Ask Jeeves nor Doubleclick thrilled investors, however.",
                       "In both cases, their shares fell by some 4%.", title="Ask Jeeves tips online ad revival")
    assert by_quote(found, "4%").subject == "Ask Jeeves and Doubleclick"


def test_people_a_survey_asked_are_whom_the_article_says_it_surveyed():
    found = figures_of("RFID tags worry shoppers, according to a survey of 2,000 consumers.",
                       "Mr Vetham said the majority of people surveyed (52%) believed that tags could be read from "
                       "a distance.", title="Consumers fear RFID tags")
    assert by_quote(found, "52%").subject == "consumers"


def test_a_compass_word_joined_to_a_regional_adjective_is_no_name():
    found = figures_of("Inbev's profits rose 56%.",
                       "In contrast, Inbev's European business saw volume sales fall 2.5%, although Central and "
                       "Eastern European sales rose 12%.", title="Inbev profits up")
    assert by_quote(found, "12%").subject == "Inbev"


def test_it_is_an_industry_is_the_industry_the_sentence_before_described():
    found = figures_of("BT wants to work with artists.",
                       "Between 1997 and 2002, the creative industry brought £21 billion to London alone.",
                       "It is an industry that is growing by 6% a year too.", title="Creative boost")
    assert by_quote(found, "6%").subject == "creative industry"


def test_a_place_s_demand_for_a_product_is_that_product_s_market_there():
    found = figures_of("Opec is to meet on Wednesday.",
                       "US demand for heating oil was predicted to be about 14% above normal this week.",
                       "Opec pumps oil.", title="Oil prices rise as Opec meets")
    assert by_quote(found, "14%").subject == "US heating oil market"


def test_a_place_s_average_is_that_place_s():
    found = figures_of("France expects its economy to grow by about 2.4% this year.",
                       "That is above the projected eurozone average of just above 2%.", title="French growth")
    assert by_quote(found, "2%").subject == "eurozone"


def test_a_product_s_sales_in_an_article_about_a_place_are_that_product_s_market_there_unsure():
    found = figures_of("US retail sales fell 0.3% in January.",
                       "The 3.3% fall in car sales had been expected, coming after December's 4% rise in car sales.",
                       "Federated has annual sales of $15.6bn, while May's yearly sales are $14.4bn.",
                       title="Cars pull down US retail figures")
    fall, rise = by_quote(found, "3.3%"), by_quote(found, "4%")
    assert fall.subject == rise.subject == "US car market" and not fall.certain and not rise.certain
    assert rise.period == "December" and by_quote(found, "$14.4bn").period != "May"


def test_holders_described_by_what_they_hold_are_the_holders():
    found = figures_of("Argentina is to close its debt restructuring offer.",
                       "By 18 February, creditors holding $41bn - or 40% of the total debt - had accepted the offer.",
                       title="Argentina closes debt offer")
    assert by_quote(found, "$41bn").subject == "creditors" and by_quote(found, "40%").subject == "creditors"


def test_what_a_body_estimates_happened_is_owned_by_the_statement_s_subject_and_is_no_forecast():
    found = figures_of("Migrant workers in the US sent more money home last year.",
                       "The Inter-American Development Bank estimates that remittances to Latin America and the "
                       "Caribbean reached $45bn in 2004.", title="Remittances to Latin America rise")
    sent = by_quote(found, "$45bn")
    assert sent.subject == "remittances" and sent.kind is FigureKind.LEVEL and sent.period == "2004"


def test_a_figure_after_the_figure_before_is_the_place_s_it_names():
    found = figures_of("Prices of homes in the UK rose 0.5% in February, says the Nationwide building society.",
                       "The figure means the annual rate of increase in the UK is down to 10.2%.",
                       "Nationwide said it expected prices to rise.", title="House prices show slight increase")
    assert by_quote(found, "10.2%").subject == "UK"


def test_a_current_level_is_a_level_in_a_forecast_sentence_and_a_percentage_of_a_measure_is_a_share_of_it():
    found = figures_of("Gazprom is to buy Sibneft.",
                       "Analysts said the deal would give Gazprom control of 8% of Russia's total oil production, "
                       "an improvement on its current 2.5%.",
                       "The Bank of England may increase interest rates from their current 4.75%.",
                       title="Gazprom to buy Sibneft")
    now, after, rate = by_quote(found, "2.5%"), by_quote(found, "8%"), by_quote(found, "4.75%")
    assert now.kind is FigureKind.SHARE and now.value == 2.5 and now.metric == "share of production"
    assert after.kind is FigureKind.FORECAST and after.metric == "share of production"
    assert rate.kind is FigureKind.LEVEL


def test_a_percentage_after_or_restates_the_change_before_it():
    found = figures_of("BA made a profit.", "Its chief executive said the results were respectable in a quarter when "
                       "fuel costs rose by \u00a3106m or 47.3%.", title="BA profits fall")
    rise = by_quote(found, "47.3%")
    assert rise.kind is FigureKind.CHANGE and rise.value == 47.3 and rise.metric == "fuel costs growth"


def test_a_percentage_a_company_s_verb_takes_is_that_company_s_share_not_the_group_s():
    found = figures_of("BT added 100,000 broadband customers in the quarter.",
                       "BT Retail, which sells net services under its own name, also had a good quarter and "
                       "provided about 30% of the new broadband customers.",
                       "17% of readers have switched suppliers.", title="BT broadband grows")
    assert by_quote(found, "30%").subject == "BT Retail"
    assert by_quote(found, "17%").subject == "readers"


def test_what_a_company_s_performance_helped_a_described_company_do_is_not_the_first_company_s():
    found = figures_of("DaimlerChrysler has reported a rise in profits.",
                       "Chrysler's strong performance helped the world's fifth largest carmaker boost net income by "
                       "400m euros to 2.5bn euros.", title="DaimlerChrysler profits rise")
    rise, level = by_quote(found, "400m euros"), by_quote(found, "2.5bn euros")
    assert rise.subject == level.subject == "DaimlerChrysler" and not rise.certain and not level.certain
    assert rise.kind is FigureKind.CHANGE and rise.value == 400e6 and level.kind is FigureKind.LEVEL


def test_a_person_described_by_an_occupation_is_a_speaker_and_owns_nothing():
    found = figures_of("Borussia Dortmund shares fell 5% on Monday.",
                       "Stephen Schechter, a UK investment banker who has held talks with Borussia Dortmund over a "
                       "possible bond sale, said the club needs a capital injection of 35m euros.",
                       title="Dortmund shares fall")
    assert by_quote(found, "35m euros").subject == "Borussia Dortmund"


def test_people_described_by_what_they_have_own_the_change_in_their_number():
    found = figures_of("Broadband is booming in Europe, says NetRatings.",
                       "The report by Nielsen/NetRatings found that the number of people with fast internet access "
                       "had risen by 60% over the past year.", title="Broadband booms in Europe")
    assert by_quote(found, "60%").subject == "people with fast internet access"


def test_a_group_opening_the_sentence_with_in_owns_the_share_right_after_it_and_nothing_else():
    found = figures_of("Jupiter Research studied viewing habits in Europe.",
                       "In homes with broadband, 40% said they were spending less time watching TV.",
                       "Ask Jeeves and Doubleclick both warned on profits.",
                       "In both cases, their shares fell by some 4%.",
                       title="Broadband challenges television")
    share, fall = by_quote(found, "40%"), by_quote(found, "4%")
    assert share.subject == "homes with broadband" and share.metric == "percentage"
    assert fall.subject == "Ask Jeeves and Doubleclick"


def test_an_adverb_opening_a_sentence_and_a_span_of_months_are_no_names():
    found = figures_of("India's trade with Pakistan is growing.",
                       "The value of trade in April-July rose to $186.3m from $64.4m a year earlier.",
                       "Nonethless, the figures represent less than 1% of India's overall exports.",
                       "\"Two-way trade could well cross half a billion dollars this fiscal year,\" the minister said.",
                       title="India and Pakistan trade more")
    assert all(f.subject not in ("April-July", "Nonethless", "figures") for f in found)
    assert by_quote(found, "1%").subject == "India"


def test_money_saved_from_costs_is_a_cut_in_costs():
    found = figures_of("Continental Airlines warned of losses.",
                       "The company has managed to save $1.1bn in costs without cutting jobs.",
                       "It said it would be able to shave a further $48m a year from its costs.",
                       title="Continental cuts costs")
    saved, shaved = by_quote(found, "$1.1bn"), by_quote(found, "$48m")
    assert saved.value == -1.1e9 and saved.kind is FigureKind.CHANGE and shaved.value == -48e6


def test_a_place_opening_the_sentence_keeps_a_company_s_measure_from_the_company_in_focus():
    found = figures_of("Shares in Irish oil company Petrel Resources have lost more than 50% of their value.",
                       "Petrel Resources reported a profit of $2m last year.",
                       "Iraq is seeking to award contracts for three projects, valued at $500m.",
                       title="Irish company hit by Iraqi report")
    assert not by_quote(found, "$500m").certain


def test_a_country_the_article_is_about_and_the_sentence_names_keeps_its_offer():
    found = figures_of("Argentina is to close its debt restructuring offer.",
                       "The International Monetary Fund has urged Argentina to pay more. The International Monetary "
                       "Fund said so twice. The International Monetary Fund met on Monday.",
                       "Argentina's current offer implies that the creditors would get just 25 cents for each dollar "
                       "they are owed, according to the creditors.", title="Argentina debt offer closes")
    assert by_quote(found, "25 cents").subject == "Argentina"


def test_foreign_direct_investment_is_an_economy_s():
    found = figures_of("Sibneft is an oil firm in Russia.",
                       "Foreign direct investment, long negligible, is starting to flow in serious amounts - $7bn in "
                       "2003 - and stock market returns have been healthy.", title="Russia's oil boom")
    flow = by_quote(found, "$7bn")
    assert flow.subject == "Russia" and flow.metric == "foreign direct investment"


def test_a_government_speaking_of_the_country_turns_the_focus_to_it_and_a_compared_year_is_a_result():
    found = figures_of("Calmer relations between India and Pakistan are paying dividends.",
                       "The value of India's overall exports is expected to reach more than $60bn, while in "
                       "Pakistan's case it is set to hit more than $12bn.",
                       "Meanwhile, the Indian Government said the prospects for the country's booming economy "
                       "remained very bright.",
                       "Its mid-year economic review forecasts growth of 6-6.5% in 2004, compared with 8.2% in 2003.",
                       title="India-Pakistan peace boosts trade")
    before = by_quote(found, "8.2%")
    assert {f.subject for f in found if f.unit == "%"} == {"India"}
    assert before.kind is FigureKind.LEVEL
    assert all(f.kind is FigureKind.FORECAST for f in found if f.quote == "6-6.5%")


def test_an_economy_s_measure_in_an_article_about_a_company_is_the_economy_s_it_is_about():
    found = figures_of("Sibneft, the Russian oil firm, is growing. Russia is changing fast. Sibneft's profits rose.",
                       "Foreign direct investment, long negligible, is starting to flow in serious amounts - $7bn in "
                       "2003 - and stock market returns have been among the healthiest in Europe.",
                       title="Russian oil firm Sibneft grows")
    assert by_quote(found, "$7bn").subject == "Russia"


def test_a_bare_measure_right_after_a_company_s_figure_is_that_company_s():
    found = figures_of("Maruti beat market expectations. Maruti said sales rose 5%.",
                       "Maruti, majority-owned by Suzuki, gained.",
                       "Utility vehicle and tractor maker Mahindra has reported a 52% rise in net profit during the "
                       "last three months of 2004.",
                       "Profit was 1.33bn rupees compared with 874.2m rupees a year earlier.",
                       title="Indian carmakers gain")
    assert by_quote(found, "1.33bn rupees").subject == by_quote(found, "874.2m rupees").subject == "Mahindra"


def test_a_name_always_written_with_its_s_keeps_it_and_a_deal_s_creation_owns_its_measures():
    found = figures_of("Foster's Group has offered to buy Southcorp.",
                       "Foster's bought an 18.8% stake in Southcorp on 13 January.",
                       "A merger would create a global player with worldwide annual sales of 39m cases and revenues "
                       "of A$2.6bn.", "Foster's shares fell 3.7% to A$5.44.", title="Foster's bids for Southcorp")
    stake, revenue = by_quote(found, "18.8%"), by_quote(found, "A$2.6bn")
    assert stake.subject == "Foster's" and stake.metric == "stake"
    assert by_quote(found, "3.7%").subject == "Foster's"
    assert revenue.subject == "global player" and not revenue.certain


@pytest.mark.parametrize("sentence,quote,holder", [
    ("Mr Glazer and his family hold a stake of 28.1%.", "28.1%", "Glazer"),
    ("The company is 85% owned by the government and 15% by its staff.", "85%", "government"),
    ("The company is 85% owned by the government and 15% by its staff.", "15%", "staff"),
    ("Suez owns 40% of Aguas Argentinas, while Spain's Aguas de Barcelona is its second biggest shareholder "
     "with 25.01%.", "25.01%", "Aguas de Barcelona"),
    ("It wants fair guidelines on splitting the burden with the creditors, who now own 99.3% of LG Card.", "99.3%",
     "creditors"),
])
def test_a_stake_belongs_to_its_holder_named_or_described(sentence: str, quote: str, holder: str):
    found = figures_of("Aer Lingus, LG Card and Manchester United are companies.", sentence,
                       title="Stakes change hands")
    assert by_quote(found, quote).subject == holder


def test_with_and_a_name_after_a_measure_belong_to_the_measure():
    found = figures_of("China's economy is growing.",
                       "The US's overall trade deficit with China was $124bn in 2003, and is expected to rise to "
                       "about $150bn for 2004.", title="China's trade surplus grows")
    assert by_quote(found, "$124bn").subject == by_quote(found, "$150bn").subject == "US"


def test_a_common_word_the_article_writes_as_a_name_inside_sentences_is_a_company():
    found = figures_of("Next has said its annual profit will be £5m lower than previously expected.",
                       "The High Street retailer said it now expected to report annual profits of between £415m and "
                       "£425m.", "Overall sales were up 12.4%, Next said.", title="Weak end-of-year sales hit Next")
    assert {f.subject for f in found if f.role.value == "main"} == {"Next"}


@pytest.mark.parametrize("sentence,quote,wrong", [
    ("Figures from the Commerce Department for November showed exports down 2.3% to $95.6bn.", "2.3%",
     "Commerce Department for November"),
    ("Standard & Poor's said its index rose 3% on Monday.", "3%", "Standard & Poor"),
])
def test_a_month_after_a_name_and_an_ampersand_name_s_s_are_read_right(sentence: str, quote: str, wrong: str):
    found = figures_of("Markets moved on the news.", sentence, title="Markets move")
    assert by_quote(found, quote).subject != wrong


def test_it_opening_a_sentence_is_the_one_company_the_sentence_before_named():
    found = figures_of("IBM is selling its PC business to Lenovo for $1.25bn.",
                       "IBM said the sale would let it focus on services.",
                       "Investors have been less than impressed with Lenovo's move. Its shares are down 20%.",
                       title="IBM sells PC arm to Lenovo")
    assert by_quote(found, "20%").subject == "Lenovo"


def test_house_prices_are_a_housing_market_s_even_with_no_country_named_and_bare_prices_are_the_headline_s():
    # the article names no country but counts in pounds: the UK's housing market
    found = figures_of("The Royal Institute of Chartered Surveyors said a survey showed a slowdown.",
                       "Property website Rightmove said the average asking price of a home fell by more than £600.",
                       "Looking ahead, the group is anticipating a quiet start to the year, prompting a 3% rise in "
                       "prices over the coming 12 months.", title="House prices drop as sales slow")
    fall, rise = by_quote(found, "£600"), by_quote(found, "3%")
    assert fall.subject == "UK housing market" and fall.source == "Rightmove"
    assert rise.metric == "house price growth" and rise.subject == "UK housing market"


def test_whoever_publishes_the_figures_is_their_source_unless_a_central_bank():
    found = figures_of("The gap between US exports and imports has widened to more than $60bn.",
                       "Figures from the Commerce Department for November showed exports down 2.3% to $95.6bn.",
                       "Lending figures from the Bank of England showed the Bank of England's rate at 4.75%.",
                       title="US trade deficit widens sharply")
    exports = by_quote(found, "2.3%")
    assert (exports.subject, exports.source, exports.certain) == ("US", "Commerce Department", True)
    assert by_quote(found, "4.75%").subject == "Bank of England"


def test_a_singular_subject_s_verb_ending_in_s_is_no_plural_group():
    found = figures_of("Wal-Mart has agreed to pay $14.5m to settle a civil lawsuit.",
                       "The total payment includes $5m in fines and more than $4m to fund compliance checks.",
                       title="Wal-Mart settles lawsuit")
    assert by_quote(found, "$5m").subject == by_quote(found, "$4m").subject == "Wal-Mart"


def test_a_country_named_by_its_initial_in_the_headline_or_twice_in_the_body_is_what_the_article_is_about():
    body = ("South Korea will boost state spending next year to kick start its sputtering economy.",
            "It has earmarked 100 trillion won for the first six months of 2005, 60% of its total annual budget.",
            "South Korea has set an economic growth target of 5% for next year, the Finance and Economy Ministry said.")
    for title in ("S Korea spending boost to economy", "Spending boost to economy"):
        found = figures_of(*body, title=title)
        assert by_quote(found, "60%").subject == by_quote(found, "5%").subject == "South Korea", title


def test_a_period_after_how_a_figure_is_measured_is_its_own():
    found = figures_of("The bank had cut rates in November to help revive the economy, but rising inflation - "
                       "reaching 0.7% month-on-month in January - has stopped it from cutting further.",
                       title="Korea holds rates")
    assert by_quote(found, "0.7%").period == "January"


def test_officials_looking_at_a_loan_neither_own_it_nor_make_the_provision_of_it_a_charge():
    found = figures_of("The European Commission is investigating whether Italian airline Alitalia receives state aid.",
                       "Commission officials are to look at Rome's provision of a 400m euro loan to the carrier.",
                       "Alitalia lost 330m euros in 2003.", title="EU to probe Alitalia 'state aid'")
    loan = by_quote(found, "400m euro")
    assert (loan.subject, loan.metric) == ("Alitalia", "loan")


def test_a_percentage_that_falls_in_a_group_belongs_to_it_and_does_not_fall():
    found = figures_of("China now has about 200 million middle-class consumers.",
                       "Forty per cent fall in the key 16 to 35-year-old demographic.",
                       title="Asia to drive media growth")
    share = by_quote(found, "Forty per cent")
    assert (share.direction, share.kind, share.value) == (Direction.NONE, FigureKind.LEVEL, 40)


def test_people_in_all_countries_are_no_one_country_s_and_a_nationality_in_focus_is_its_country():
    found = figures_of("The research covered 6,000 people in six countries.",
                       "The French were the second most likely to buy something (48%), with 44% of Britons taking "
                       "advantage of products and services.",
                       "This was despite 38% of people in all countries being worried about their net security.",
                       title="Spam e-mails tempt net shoppers")
    assert by_quote(found, "38%").subject == "people"


@pytest.mark.parametrize("sentence,quote,metric", [
    ("The Federal Reserve has raised its key federal funds rate by a quarter percentage point to 2%.", "2%",
     "interest rate"),
    ("The Reserve Bank of India raised its repo rate to 4.75%.", "4.75%", "interest rate"),
    ("More than a quarter have bought software through spam and 24% have bought clothes.", "24%", "share"),
    ("The firm announced a deal to buy 26% of Indian firm Hindustan Oil Exploration.", "26%", "stake"),
])
def test_named_policy_rates_are_interest_rates_and_a_percentage_bought_is_no_price(sentence: str, quote: str,
                                                                                   metric: str):
    assert by_quote(figures_of(sentence, title="Markets move"), quote).metric == metric


def test_conversions_after_a_colon_in_brackets_restate_the_amount():
    found = figures_of("Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk.", title="Yukos unit sold")
    assert [f.quote for f in found] == ["260.75bn roubles"]


@pytest.mark.parametrize("sentence,quote,owner", [
    ("But its film division saw profits slump 27% to $284m.", "27%", "Time Warner film division"),
    ("Time Warner's cable arm lost $300m.", "$300m", "Time Warner cable arm"),
    ("Sales in Time Warner's music business fell 8.6%.", "8.6%", "Time Warner music business"),
    ("Its business grew 5%.", "5%", "Time Warner"),
    ("Time Warner said its own unit grew 4%.", "4%", "Time Warner"),
])
def test_a_part_of_a_company_named_in_the_figure_s_clause_owns_the_figure(sentence: str, quote: str, owner: str):
    found = figures_of("Time Warner made a profit of $1.13bn.", sentence, title="Time Warner profits rise")
    assert by_quote(found, quote).subject == owner


@pytest.mark.parametrize("text,short,full", [
    ("Data came from Chart-Track for the Entertainment and Leisure Software Publishers Association (ELSPA).",
     "ELSPA", "Entertainment and Leisure Software Publishers Association"),
    ("Fiat and General Motors (GM) agreed to part.", "GM", "General Motors"),
    ("The Organisation for Economic Co-operation and Development (OECD) said so.", "OECD",
     "Organisation for Economic Co-operation and Development"),
])
def test_a_short_form_in_brackets_stands_for_the_words_its_initials_spell(text: str, short: str, full: str):
    assert ArticleNames(Article(title="Headline", lead=(text,))).aliases[short] == full


@pytest.mark.parametrize("sentence,quote,group", [
    ("But although 62% of British people have tried the internet, few have bought online.", "62%", "British people"),
    ("By the middle of 2005, it is estimated that 50% of all UK net users will be on broadband.", "50%",
     "UK net users"),
    ("Most 15 to 24-year-olds (94%) own at least one.", "94%", "15 to 24-year-olds in UK"),  # "Most" is no name
])
def test_a_group_led_by_its_country_or_nationality_owns_its_share_as_written(sentence: str, quote: str, group: str):
    found = figures_of("IBM said the UK was lagging behind.", sentence, title="UK net use grows")
    assert by_quote(found, quote).subject == group


def test_slashing_by_up_to_is_a_cut_and_a_past_form_before_its_object_ends_the_subject():
    found = figures_of("Northwind said sales were weak.", "Owners must slash prices by up to 8%.",
                       "The firm trimmed its forecast by 2%.", title="Northwind trims forecast")
    assert by_quote(found, "8%").direction == Direction.DOWN
    assert by_quote(found, "2%").subject == "Northwind"


@pytest.mark.parametrize("sentence,quote,direction", [
    ("The equivalent of £6,500 has been cut from an average property.", "£6,500", Direction.DOWN),
    ("About £2bn was wiped off its value.", "£2bn", Direction.DOWN),
    ("Some $5m was added to costs.", "$5m", Direction.UP),
])
def test_an_amount_taken_off_or_added_in_the_passive_is_a_change(sentence: str, quote: str, direction: Direction):
    found = by_quote(figures_of("Northwind had a hard year.", sentence, title="Northwind"), quote)
    assert (found.direction, found.kind) == (direction, FigureKind.CHANGE)


def test_a_body_s_officials_looking_at_money_leave_its_owner_unclear():
    found = figures_of("The European Commission has launched an investigation into whether Alitalia gets state aid.",
                       "Commission officials are to look at Rome's provision of a 400m euro loan to the carrier.",
                       "The matter was brought to the Commission's attention by rivals.",
                       title="EU to probe Alitalia 'state aid'")
    loan = by_quote(found, "400m euro")
    assert loan.subject != "Commission" or not loan.certain


def test_a_share_of_growth_lost_is_a_fall_of_the_country_the_sentence_is_set_in():
    found = figures_of("India's economy will barely be hit.",
                       "In Sri Lanka, some economists have said that as much as 1% of annual growth may be lost.",
                       title="Tsunami hits Asian economies")
    lost = by_quote(found, "1%")
    assert (lost.subject, lost.direction) == ("Sri Lanka", Direction.DOWN)


def test_a_regional_adjective_before_a_described_company_owns_nothing():
    found = figures_of("Diageo, the world's biggest spirits company, has agreed to buy Californian wine company "
                       "Chalone for $260m in an all-cash deal.", "Chalone made $69.4m last year.",
                       title="Diageo to buy US wine firm")
    assert by_quote(found, "$260m").subject in ("Diageo", "Chalone")


def test_the_company_is_the_one_the_sentence_before_described_as_a_company():
    found = figures_of("Yukos faces a $27bn tax bill.", "Yukos says the bill is unfair.",
                       "The report highlights the case of Sibneft, a Russian oil company that came close to merging "
                       "with Yukos last year.",
                       "After Mr Putin took power, the company's overall effective tax rate rose from 2.6% to 10.4%.",
                       title="Yukos tax case")
    assert by_quote(found, "2.6%").subject == by_quote(found, "10.4%").subject == "Sibneft"


def test_things_named_after_a_count_are_the_object_of_the_verb_and_own_no_price():
    found = figures_of("Air Deccan has signed a deal to acquire 36 planes. Air Deccan is growing.",
                       "The airline ordered 30 Airbus A320 planes for $1.8bn.", title="India's Deccan gets more planes")
    assert by_quote(found, "$1.8bn").subject == "Air Deccan"


@pytest.mark.parametrize("sentence,quote,metric", [
    ("Last week, it struck a $1bn cost-cutting deal with its pilots.", "$1bn", "deal value"),
    ("It blamed an $850m payout to settle a price-rigging lawsuit.", "$850m", "payout"),
])
def test_a_measure_word_inside_a_hyphenated_adjective_measures_nothing(sentence: str, quote: str, metric: str):
    found = figures_of("Delta has been hit by rising fuel costs.", sentence, title="Delta cuts costs")
    assert by_quote(found, quote).metric == metric


def test_a_holiday_names_no_owner_and_high_street_sales_are_the_country_s_retail_sales():
    found = figures_of("UK retail sales were better than expected in November as Christmas shoppers began "
                       "their seasonal flocking to the shops.",
                       "The Office for National Statistics (ONS) said retail sales rose 0.6% on the month.",
                       "However, recent data from the British Retail Consortium showed a 0.2% slip in High Street "
                       "sales during November.", title="Retail sales show festive fervour")
    slip = by_quote(found, "0.2%")
    assert slip.subject == "UK" and slip.metric == "retail sales decline"
    assert slip.source == "British Retail Consortium" and not slip.certain


def test_bare_sales_in_an_article_headed_by_retail_sales_are_retail_sales_unless_a_company_s():
    found = figures_of("US retail sales ended the year on a high note.",
                       "Consumer spending has been picking up after slumping as the country battled to recover "
                       "from the World Trade Centre attacks.",
                       "During that time, sales grew a lacklustre 2.9% in 2001.",
                       "Wal-Mart said its sales rose 4%.", title="US retail sales surge in December")
    assert by_quote(found, "2.9%").subject == "US" and by_quote(found, "2.9%").metric == "retail sales growth"
    assert by_quote(found, "4%").subject == "Wal-Mart" and by_quote(found, "4%").metric == "sales growth"


def test_a_measure_only_an_economy_has_goes_to_the_country_a_longer_name_opens_with():
    found = figures_of("The January sales have failed to help the UK High Street recover, a survey by the British "
                       "Retail Consortium (BRC) said.",
                       "In the three months to January, like-for-like sales showed a growth rate of -0.1%, the BRC "
                       "said.", title="Sales 'fail to boost High Street'")
    figure = by_quote(found, "0.1%")
    assert figure.subject == "UK" and figure.source == "British Retail Consortium" and not figure.certain


def test_a_trade_body_whose_figures_show_lending_is_its_source_and_the_lending_is_the_mortgage_market_s():
    found = figures_of("The Council of Mortgage Lenders (CML) published its monthly report.",
                       "CML figures showed gross lending fell by 4% in November.",
                       "Data from the CML showed lending fell to £25bn, from £25.5bn a year earlier.",
                       "Barclays said its net lending rose 5%.", title="No seasonal lift for house market")
    fall, level = by_quote(found, "4%"), by_quote(found, "£25bn")
    assert fall.subject == level.subject == "UK mortgage market"  # no country named, amounts in pounds
    assert fall.source == "Council of Mortgage Lenders" and fall.metric == "mortgage lending decline"
    assert level.metric == "mortgage lending"
    assert by_quote(found, "5%").subject == "Barclays" and by_quote(found, "5%").metric == "lending growth"


def test_a_trading_partner_named_before_exports_leaves_their_owner_unsure_and_non_eu_names_nothing():
    found = figures_of("The UK's trade gap narrowed in November, helped by a rise in exports outside the European "
                       "Union.", "UK exports rose 3.2% to £24.8bn.",
                       "EU exports rose 2%, fuelled by an increase in sales of chemicals.",
                       "Non-EU imports rose 3%, but the growth in goods entering the UK from the EU slowed.",
                       title="Trade gap narrows as exports rise")
    partner, outside = by_quote(found, "2%"), by_quote(found, "3%")
    assert partner.subject == "EU" and not partner.certain and "trades with UK" in partner.reason
    assert outside.subject == "UK"


def test_a_country_s_own_exports_stay_its_own_when_no_trade_goes_to_it():
    found = figures_of("China's trade surplus widened in May.", "Chinese exports rose 25% from a year earlier.",
                       title="China trade surplus widens")
    assert by_quote(found, "25%").subject == "China" and by_quote(found, "25%").certain


def test_the_company_is_the_one_company_the_sentence_before_described_whatever_the_noun():
    found = figures_of("Swiss Re has said total claims are likely to be less than $10bn.",
                       "A spokeswoman for Hanover Re, Europe's fifth-largest reinsurance firm, estimated claims "
                       "would be low.",
                       "The company has paid out about 300 million euros to cover damage caused by hurricanes.",
                       title="Disaster claims 'less than $10bn'")
    assert by_quote(found, "300 million euros").subject == "Hanover Re"


def test_a_person_described_by_their_company_s_role_stays_a_person():
    found = figures_of("Acme Holdings said profits rose 5%.",
                       "Mike Powell, the firm's chief executive, said sales reached $40m.", title="Acme profits rise")
    assert by_quote(found, "$40m").subject == "Acme Holdings"


def test_a_later_it_in_a_sentence_opening_with_it_is_the_same_it():
    found = figures_of("Eighteen former Enron directors have agreed a $168m settlement. Enron went bankrupt in 2001.",
                       "The University of California said the trial is scheduled to begin in October 2006.",
                       "It joined the lawsuit in December 2001, claiming it had lost $145m on its investments in "
                       "the company.", title="Enron bosses in $168m payout")
    assert by_quote(found, "$145m").subject == "University of California"


def test_in_a_bid_to_raise_up_to_an_amount_is_money_raised_not_a_takeover_bid():
    found = figures_of("Jet Airways sold 20% of its equity in a bid to raise up to $443m.", title="Jet Airways listing")
    assert by_quote(found, "$443m").metric == "amount raised"
    assert by_quote(found, "$443m").subject == "Jet Airways"


@pytest.mark.parametrize("sentence,quote,direction", [
    ("The outline includes cuts of 9.6% at Agriculture and 5.6% at the Environmental Protection Agency.", "5.6%",
     Direction.DOWN),
    ("Sales fell 3% in France and 5% in Germany.", "5%", Direction.DOWN),
    ("Sales rose 2% in the first quarter, 3% in the second and 4% in the third.", "4%", Direction.UP),
    ("Sales rose 3% in France and fell 5% in Germany.", "5%", Direction.DOWN),
    ("Unemployment is 5% in France and 7% in Germany.", "7%", Direction.NONE),
])
def test_a_percentage_listed_after_another_moves_the_way_that_one_did(sentence: str, quote: str,
                                                                      direction: Direction):
    assert by_quote(figures_of(sentence, title="Budget plans"), quote).direction == direction


def test_a_share_a_verb_takes_of_a_whole_does_not_move():
    found = figures_of("Oracle said it would cut 5,000 jobs.",
                       "The cuts will affect about 9% of the 55,000 staff of the combined companies.",
                       title="Oracle cuts jobs")
    assert by_quote(found, "9%").direction == Direction.NONE and by_quote(found, "9%").value == 9


def test_borrowing_costs_are_interest_rates_and_the_central_bank_s():
    found = figures_of("Expectations are that the Federal Reserve will raise interest rates again.",
                       "Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25% at a Fed "
                       "meeting later on Tuesday.", title="US trade gap hits record")
    rise = by_quote(found, "a quarter of a percentage point")
    assert rise.metric.startswith("interest rate") and rise.subject == "Federal Reserve"


def test_a_stake_held_in_a_relative_clause_or_in_brackets_is_its_holder_s():
    found = figures_of("EADS is Europe's biggest aerospace group. EADS said so.",
                       "Mr Camus said he will return full-time to the Lagardere group, which owns 30% of EADS.",
                       "The other main shareholders of EADS are the French government (15%), who also support "
                       "Mr Forgeard, and Germany's DaimlerChrysler (22%).", title="French boss to leave EADS")
    assert by_quote(found, "30%").subject == "Lagardere"
    assert by_quote(found, "15%").subject == "French government"
    assert by_quote(found, "22%").subject == "DaimlerChrysler"


def test_a_country_s_people_as_a_subject_own_what_is_said_of_them_and_them_after():
    found = figures_of("A survey commissioned by the Business Software Alliance (BSA) found that people buy through "
                       "spam.", "The BSA warned that people should stay alert.",
                       "The research revealed that Brazilians were the most likely to read spam.",
                       "A third of them read junk e-mail and 66% buy goods or services after receiving spam.",
                       "The French were the second most likely to buy something (48%).",
                       title="Spam e-mails tempt net shoppers")
    assert by_quote(found, "66%").subject == "Brazil" and not by_quote(found, "66%").certain
    assert by_quote(found, "48%").subject == "France"


def test_a_nationality_before_a_noun_is_no_people():
    found = figures_of("Acme Holdings said profits rose.", "Acme Holdings is buying. French exports rose 4% in May.",
                       title="Acme buys")
    assert by_quote(found, "4%").subject != "Acme Holdings"


def test_figures_collected_by_a_body_make_it_their_source():
    found = figures_of("UK text messaging grew last year.",
                       "Figures collected by the Mobile Data Association showed that texts rose 26% in December.",
                       title="Text record smashed")
    rise = by_quote(found, "26%")
    assert rise.source == "Mobile Data Association" and rise.subject != "Mobile Data Association"


def test_a_demonstrative_description_owns_nothing():
    found = figures_of("Nissan is a carmaker. Mr Ghosn reduced Nissan's overheads by 20%.",
                       "These actions helped Nissan turn a 684bn yen loss in 2000 into a 331bn yen profit the "
                       "following year.", title="Nissan names new boss")
    assert by_quote(found, "684bn yen").subject == by_quote(found, "331bn yen").subject == "Nissan"


def test_it_after_the_company_a_sentence_opens_for_is_that_company():
    found = figures_of("NTL is also offering viewers a service.",
                       "For Telewest it is the beginning of a £20m investment in TV-on-demand.",
                       title="Telewest launches TV on demand")
    assert by_quote(found, "£20m").subject == "Telewest"


def test_bare_output_in_an_article_headed_by_industrial_output_is_the_economy_s():
    found = figures_of("US industrial production continued to rise in November.",
                       "The US Federal Reserve said output rose 0.3% in November.",
                       "Toyota said its output rose 5%.", title="US industrial output growth eases")
    assert by_quote(found, "0.3%").metric == "industrial output growth" and by_quote(found, "0.3%").subject == "US"
    assert by_quote(found, "5%").subject == "Toyota" and by_quote(found, "5%").metric == "output growth"


def test_a_price_charged_at_a_shop_is_the_shop_s_and_that_is_no_at():
    found = figures_of("Printing at home is cheaper, PC Pro found.",
                       "At Jessops the same image would cost £2.50 and at Snappy Snaps £9.99.",
                       "A 10x7in snap at Boots would cost £4.99.",
                       "Qwest said that MCI had rejected a deal worth $8bn.", title="Home printing cheaper")
    assert [by_quote(found, q).subject for q in ("£2.50", "£9.99", "£4.99")] == ["Jessops", "Snappy Snaps", "Boots"]
    assert by_quote(found, "$8bn").reason != "owner unclear: the price charged at MCI"


def test_a_share_of_a_mass_of_things_is_theirs_and_owns_no_amount_after_it():
    found = figures_of("A spokesman for the Business Software Alliance said pirates did not profit.",
                       "He said 29% of computer software in Britain was believed to have been pirated and this cost "
                       "£1bn in revenue for software companies.", title="Software pirates jailed")
    assert by_quote(found, "29%").subject == "computer software"
    assert by_quote(found, "£1bn").subject != "computer software" and not by_quote(found, "£1bn").certain


def test_a_name_whose_trial_is_told_is_a_person_and_no_owner():
    found = figures_of("Drink Or Die was a network of software pirates.",
                       "Alex Bell, whose trial at the Old Bailey ended on Friday, was known as Mr 2940.",
                       "Piracy cost the industry £1bn last year.", title="Software pirates jailed")
    assert by_quote(found, "£1bn").subject != "Alex Bell"


@pytest.mark.parametrize("sentence,quote,owner", [
    ("Jupiter Research found only 13% of Europeans want to watch video while out and about.", "13%", "Europeans"),
    ("Despite the growth, more than 60% of online Americans have never heard of blogs, the survey found.", "60%",
     "online Americans"),
])
def test_a_share_of_a_country_s_or_region_s_people_is_theirs(sentence: str, quote: str, owner: str):
    assert by_quote(figures_of(sentence, title="Survey of net users"), quote).subject == owner


def test_they_holding_a_stake_are_the_two_names_the_sentence_before_ended_with():
    found = figures_of("He needs the support of United's largest shareholders, the Irish horseracing tycoons JP "
                       "McManus and John Magnier.", "They own 29% of United through their investment vehicle.",
                       title="Glazer makes new Man Utd approach")
    assert by_quote(found, "29%").subject == "JP McManus and John Magnier"


def test_estimates_from_a_body_make_it_their_source():
    found = figures_of("Allianz said it did not know its exposure.",
                       "Early estimates from the World Bank put the amount of aid needed for the worst affected "
                       "countries at about $5bn.", title="Disaster claims 'less than $10bn'")
    assert by_quote(found, "$5bn").source == "World Bank" and by_quote(found, "$5bn").subject != "World Bank"


def test_an_amount_restated_in_brackets_does_not_carry_the_subject_into_the_next_clause():
    found = figures_of("Russian oil company Yukos has dropped the threat of legal action.",
                       "State-owned Rosneft bought the unit for $9.3bn (£5bn) after Yukos was forced to sell assets "
                       "to meet a $27.5bn tax bill.", title="Yukos drops banks from court bid")
    assert by_quote(found, "$9.3bn").subject == "Rosneft" and by_quote(found, "$27.5bn").subject == "Yukos"


def test_the_bank_is_the_one_a_description_before_its_name_introduced():
    found = figures_of("The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central "
                       "Hispano, has started in Madrid.",
                       "Mr Botin is accused of misusing the bank's funds after he approved the payment of 160m euros "
                       "in bonus and pension payouts.", title="Trial begins of Spain's top banker")
    assert by_quote(found, "160m euros").subject == "Santander Central Hispano"


def test_a_rating_agency_grades_others_and_owns_nothing():
    found = figures_of("Shares have soared.", "Standard & Poor's upgraded Pakistan a few weeks ago.",
                       "There are indications of yet another upgrade by the end of February.",
                       "Then, say analysts, there is corporate profitability in the current fiscal year, which has "
                       "gone up by 27% from last year.", title="Karachi stocks soar")
    assert "Standard & Poor" not in by_quote(found, "27%").subject


def test_it_after_a_speaker_is_unsure_when_another_company_opened_the_sentence():
    found = figures_of("General Motors is extending the reach of its finance arm.",
                       "GMAC has been a strong contributor to profits in 2004 but GM said it will do less well this "
                       "year, delivering net income of $2.5bn.", title="GM results")
    income = by_quote(found, "$2.5bn")
    assert not income.certain and "GMAC" in income.reason


def test_it_after_a_speaker_alone_is_the_speaker():
    found = figures_of("General Motors is a carmaker.", "GM said it will make net income of $2.5bn this year.",
                       title="GM results")
    assert by_quote(found, "$2.5bn").subject == "General Motors" and by_quote(found, "$2.5bn").certain


def test_the_firm_is_unsure_between_a_parent_and_its_unit_named_alike():
    found = figures_of("Creditors of LG Card said they will liquidate it if LG Group fails to back a bail-out.",
                       "LG Card's creditors have given LG Group until Wednesday to sign up.",
                       "LG Group has said any package should reflect LG Card's new ownership.",
                       "The firm avoided bankruptcy thanks to a $4.5bn bail-out in January 2004.",
                       title="S Korean lender faces liquidation")
    assert not by_quote(found, "$4.5bn").certain


def test_a_noun_a_change_verb_s_stem_begins_is_part_of_a_description():
    found = figures_of("Microsoft's Xbox 2 is not expected in the shops until the end of 2005.",
                       "According to Robert Walsh, head of game developer Krome Studios, next generation games will "
                       "cost between $10-25m to make.", title="Games maker fights for survival")
    assert all(f.subject == "next generation games" for f in found if f.quote == "$10-25m")


def test_a_share_of_a_group_after_an_adverb_is_the_groups_and_a_groups_possessive_is_no_group():
    found = figures_of("Camera phones are popular in Japan, a survey by Ericsson says.",
                       "In 2003 only 4% of the people in the UK took a phonecam snap at least once a month.",
                       "On average, just 40% of contributors' changes to a document make it to the final draft.",
                       title="Camera phones popular")
    assert by_quote(found, "4%").subject == "people in UK"  # "only" is no verb whose object the share is
    assert by_quote(found, "40%").subject != "contributors"


def test_the_figure_after_a_time_is_the_same_groups_even_in_a_survey_article():
    found = figures_of("For the study, Ericsson interviewed 14,000 mobile phone owners.",
                       "Now 45% of the Japanese people Ericsson questioned use their camera phone once a month.",
                       "In 2003 the figure was 29%.", title="Lifestyle governs mobile choice")
    earlier = by_quote(found, "29%")
    assert earlier.subject == "Japanese people" and not earlier.certain


def test_it_after_a_clause_opened_by_a_market_is_that_market_not_the_company_in_focus():
    found = figures_of("The MSCI World share index hit its highest level this week since early 2001.",
                       "And the US stock market was on its way down long before 11 September, 2001; it rose by 20% "
                       "during the six months following the attacks.", title="Markets shrug off tsunami")
    rise = by_quote(found, "20%")
    assert rise.subject == "US stock market" and not rise.certain


def test_a_count_restated_as_a_share_of_a_country_is_the_countrys():
    found = figures_of("BT says the UK is getting online fast.",
                       "It compares to 27 million, or 50%, of the UK, who are not currently online.", title="BT online")
    assert by_quote(found, "50%").subject == "UK"


def test_the_number_in_an_index_name_is_no_figure_before_the_change():
    found = figures_of("Asian shares were mixed on Monday.", "The Nikkei 225 fell 1.5% in Tokyo.",
                       "The BBC Global 30 has risen by 3% in the past week.", title="Markets")
    assert by_quote(found, "1.5%").value == -1.5 and by_quote(found, "1.5%").direction == Direction.DOWN
    assert by_quote(found, "3%").value == 3
    assert [by_quote(found, q).subject for q in ("1.5%", "3%")] == ["Nikkei 225", "BBC Global 30"]


def test_a_common_word_whose_possessive_always_precedes_one_organisation_word_names_it():
    found = figures_of("Sri Lanka's state-owned People's Bank expects a loss of 3bn rupees from the tsunami.",
                       "More than one in ten of the People's Bank's customers were affected.", title="Banks hit")
    assert by_quote(found, "3bn rupees").subject == "People's Bank"


def test_an_unnamed_subject_in_a_place_the_sentence_names_is_that_places_not_nobodys():
    found = figures_of("The market, former minister Michael Heseltine once said, has no morality.",
                       "Stock markets in Indonesia and India have hit highs; even in Sri Lanka, more comprehensively "
                       "affected, the main index has lost only 5% since the waves hit.",
                       "The MSCI World index hit its highest level this week.",
                       "The MSCI World index is a measure of global stock market performance.",
                       title="Booming markets shed few tears")
    fall = by_quote(found, "5%")
    assert fall.subject == "Sri Lanka" and not fall.certain


def test_a_figure_opening_an_aside_after_a_market_is_that_markets():
    found = figures_of("A study of the 1993 Des Moines floods found little damage.",
                       "Even the costliest disaster is rendered minuscule by the global capital market - currently "
                       "$30 trillion and rising.", title="Markets")
    size = by_quote(found, "$30 trillion")
    assert size.subject == "global capital market" and not size.certain


def test_a_role_set_off_by_commas_describes_the_subject_before_it():
    found = figures_of("Rival suitor Euronext also upped the ante in the bid battle.",
                       "The Paris-based exchange, owner of Liffe in London, is reported to be ready to raise £1.4bn "
                       "to fund a bid.", title="German bidder in talks with LSE")
    assert by_quote(found, "£1.4bn").subject == "Euronext"


def test_money_shared_out_is_no_share_price_and_since_a_year_is_no_year():
    found = figures_of("More than 800,000 Britannia Building Society members are to receive a profit share worth "
                       "on average £52 each.", "Members will share £42m.",
                       "The profit share scheme was introduced in 1997 and has paid out more than £370m.",
                       "Since 2003, Yukos shares have lost 97%.", title="Britannia members' windfall")
    assert by_quote(found, "£52").metric == "profit share, each" and by_quote(found, "£42m").metric == "payout"
    assert by_quote(found, "£370m").period == ""  # the year dates the introduction, not the payouts
    assert by_quote(found, "97%").period == "since 2003"


def test_a_state_that_increased_its_aid_owns_the_amounts():
    found = figures_of("G7 finance ministers have backed plans to write off debts.",
                       "Earlier, he told BBC Radio 4's Today programme the US had increased support for Africa in the "
                       "past four years from $1.1bn per year to $4.6bn per year.",
                       title="G7 backs Africa debt relief plan")
    assert {f.subject for f in found} == {"US"}


def test_a_name_with_and_that_its_short_form_spells_is_one_name_and_an_appositive_names_no_subject():
    found = figures_of("The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37.5% of India's United "
                       "Breweries.", "S&N will buy a 17.5% equity stake in United, maker of the well-known Kingfisher "
                       "lager brand, and make a public offer to buy another 20% stake.", title="S&N buys brewer stake")
    assert {by_quote(found, q).subject for q in ("37.5%", "17.5%", "20%")} == {"Scottish and Newcastle"}


def test_the_name_right_before_a_verb_of_holding_holds_the_stake():
    found = figures_of("Renault saw profits rise.",
                       "Japanese carmaker Nissan - in which Renault owns a 44% stake - contributed 1.7bn euros.",
                       title="Renault profits")
    assert by_quote(found, "44%").subject == "Renault"


def test_a_sum_a_name_owes_after_whoever_says_so_is_that_names_tax_claim():
    found = figures_of("Yukos is to sue the buyers of its unit.",
                       "Baikal paid $9.3bn for Yugansk - nowhere near the $27bn Russia says Yukos owes in taxes.",
                       title="Yukos unit sold")
    owed = by_quote(found, "$27bn")
    assert (owed.subject, owed.metric) == ("Yukos", "tax claim")


def test_a_places_people_opening_a_clause_own_what_they_spend():
    found = figures_of("Retail Decisions says card fraud has risen.",
                       "UK shoppers spent £5.3bn on plastic cards in 2003.",
                       "UK gamers are getting a chance to take part in a $1m tournament.", title="Card fraud")
    assert by_quote(found, "£5.3bn").subject == "UK shoppers"
    assert by_quote(found, "$1m").subject != "UK gamers"  # being given a chance is no spending of theirs


def test_the_people_a_survey_interviewed_keep_their_participle_and_a_share_in_dashes_is_theirs():
    found = figures_of("Retail Decisions' survey found that shoppers had adapted easily.",
                       "Nearly two thirds - 65% - of the 1,000 people interviewed said they had used chip and pin.",
                       "Of these, 83% were happy with the experience.",
                       "However, only 34% said they had received replacement cards.", title="Card fraud")
    assert {by_quote(found, q).subject for q in ("65%", "83%", "34%")} == {"people interviewed"}


def test_things_before_which_of_them_and_a_hyphenated_opening_word_are_a_described_subject():
    found = figures_of("Figures are available from the Association of Payment Clearing Services (Apacs).",
                       "Altogether, card scams on UK-issued cards totalled £402.4m in 2003.",
                       "Card-not-present fraud rose an annual 6% to £116.4m.", title="Card fraud")
    assert by_quote(found, "£402.4m").subject == "card scams"
    assert by_quote(found, "£116.4m").subject == "card-not-present fraud"
    uplift = by_quote(figures_of("We have seen a 22% uplift in card-not-present fraud here in the UK.",
                                 title="Card fraud"), "22%")
    assert uplift.subject == "UK" and uplift.value == 22 and uplift.direction == Direction.UP


def test_damages_a_suit_seeks_are_the_suers_and_a_share_of_a_market_is_the_markets():
    found = figures_of("Yukos has said it will sue Baikal and others involved in the sale of Yuganskneftegas for $20bn "
                       "in damages.", "The majority owner of embattled oil firm Yukos has sued the Russian government "
                       "for $28.3bn.", "More than 57% of the consumer electronics market is made up of female buyers.",
                       title="Yukos to sue")
    sought = by_quote(found, "$20bn")
    assert (sought.subject, sought.metric) == ("Yukos", "damages sought")
    assert by_quote(found, "$28.3bn").subject != "Yukos"  # its owner sues, unnamed
    assert by_quote(found, "57%").subject == "consumer electronics market"


def test_a_name_after_the_verb_of_a_clause_sharing_its_subject_is_an_object():
    found = figures_of("Kingfisher lager is popular.",
                       "Meanwhile, United's budget airline, Kingfisher Airlines, is to buy 10 A320 aircraft from "
                       "Airbus and has the option to buy 20 more aircraft in a deal worth up to $1.8bn.",
                       title="Airline order")
    assert by_quote(found, "$1.8bn").subject == "Kingfisher Airlines"


def test_a_cut_that_hits_a_share_of_people_is_no_cut_of_that_share():
    found = figures_of("Axa Sun Life is to cut payouts.", "The cut will hit an estimated 3% of Axa's policyholders.",
                       title="Axa cuts")
    share = by_quote(found, "3%")
    assert share.value == 3 and share.direction != Direction.DOWN


def test_a_thing_without_a_name_that_costs_an_amount_owns_its_price():
    found = figures_of("Printer ink is costly, a study found.",
                       "It found that although some ink for printers now costs more than £2 per millilitre it can "
                       "still be cheaper to print at home than to send photos off to a High Street store.",
                       "The price of inkjet printers has come down but it could cost up to £1,700 in running costs.",
                       title="Home printing")
    assert by_quote(found, "£2").subject == "ink for printers" and not by_quote(found, "£2").certain
    assert by_quote(found, "£1,700").subject != "it could"


def test_an_amount_written_before_the_product_it_prices_is_that_products_price():
    found = figures_of("Sony showed its new console at the Consumer Electronics Show.",
                       "Gamers want cheap games, not long periods of time immersed in £30 to £40 console or PC titles, "
                       "said the panel.", "Sky also charges a £10 subscription fee to the service.",
                       "Apple launched a $99 iPod shuffle.", title="Games market grows")
    titles = by_quote(found, "£40")
    assert (titles.subject, titles.metric, titles.certain) == ("console or PC titles", "price", False)
    assert by_quote(found, "£10").metric == "subscription fee"
    assert (by_quote(found, "$99").subject, by_quote(found, "$99").metric) == ("iPod", "price")


def test_a_ranges_other_end_and_a_change_restated_after_a_dash_move_the_same_way():
    found = figures_of("Krispy Kreme warned the move would cut its profits by $3.8m to $4.9m (£2m to £2.6m) - or "
                       "between 6.6% and 8.6%.", "Its shares fell 14.87% - or $1.83 - to close at $10.48.",
                       "Profits at Barclaycard rose by 5% to £801m.", title="Krispy Kreme shares hit")
    assert [by_quote(found, q).value for q in ("$4.9m", "6.6%", "8.6%", "$1.83")] == [-4.9e6, -6.6, -8.6, -1.83]
    assert by_quote(found, "$10.48").value == 10.48 and by_quote(found, "£801m").kind == FigureKind.LEVEL


def test_an_economy_fare_is_an_airlines_price_not_an_economy():
    found = figures_of("Delta Air Lines is to cut fares.",
                       "The airline says no one-way economy fare will now be priced higher than $499 (£264).",
                       title="Delta cuts fares")
    fare = by_quote(found, "$499")
    assert (fare.subject, fare.metric) == ("Delta Air Lines", "fare")


def test_a_place_s_company_set_off_by_commas_describes_the_name_before_it():
    found = figures_of("Industrial and Commercial Bank (ICBC), China's biggest lender, has seen an 18% jump in profits "
                       "during 2004.", title="Profits jump at China's top bank")
    assert by_quote(found, "18%").subject == "Industrial and Commercial Bank"


def test_a_budget_a_legislature_debates_is_its_governments():
    found = figures_of("The $2.58 trillion budget submitted to Congress affects 150 domestic programmes.",
                       "Military spending is also set to rise by 4.8%, to reach $419.3bn.",
                       "Congress will spend several months debating George W Bush's proposal.",
                       "Mr Bush's proposed spending of $3bn on that project is well below his initial promise of $5bn.",
                       title="Bush budget seeks deep cutbacks")
    assert {by_quote(found, q).subject for q in ("$419.3bn", "$3bn", "$5bn")} == {"US government"}


def test_a_penny_restated_as_a_percentage_a_worsening_balance_and_the_people_a_survey_questioned():
    found = figures_of("Carnival's shares in London were down a single penny, or 0.03%, at £32.",
                       "The Congressional Budget Office estimates that the shortfall could shrink to little more than "
                       "$200bn by 2009.", "The IMF predicts that current account balances will deteriorate by over 2%.",
                       "According to Continental Research, 29% of the people it questioned said they were "
                       "technophobes.", title="Carnival")
    assert by_quote(found, "0.03%").value == -0.03 and by_quote(found, "2%").value == -2
    assert by_quote(found, "$200bn").metric == "deficit"
    assert by_quote(found, "29%").subject == "people questioned"
    later = figures_of("According to Continental Research, 29% of the people it questioned said they were "
                       "technophobes.", "Only 11% regarded themselves as technically savvy.", title="Phones")
    assert by_quote(later, "11%").subject == "people questioned"  # any verb in the past opens the share's clause


def test_a_figure_compared_with_another_places_is_that_places():
    found = figures_of("India's mobile market is growing.",
                       "Less than 20% of India's total population own a mobile in India, compared to well over 50% in "
                       "most European countries.", title="India mobiles")
    assert (by_quote(found, "20%").subject, by_quote(found, "50%").subject) == ("India", "Europe")


def test_market_share_of_a_figure_is_market_share():
    found = figures_of("Kingfisher lager leads the Indian market.", "Kingfisher has market share of about 29%.",
                       title="Kingfisher lager")
    assert by_quote(found, "29%").metric == "market share"


def test_an_amount_each_one_of_many_gets_says_so():
    found = figures_of("More than 800,000 Britannia Building Society members are to receive a profit share worth on "
                       "average £52 each.", "Prices are now well above 2004's average of $41.48.", title="Britannia")
    assert by_quote(found, "£52").metric == "profit share, each"
    assert not by_quote(found, "$41.48").metric.endswith("each")  # an average over time is no one's share


def test_it_after_an_opening_time_is_the_one_company_the_sentence_before_named():
    found = figures_of("IBM is spending $100m over the next three years on Linux.",
                       "Workplace is a suite of programs that allow workers to get at core business applications.",
                       "One of the main aims will be to make it easier to use Linux-based computers with Workplace.",
                       "Even before IBM announced this latest spending boost it was one of the biggest advocates of "
                       "open source.", "In 2001 it put $300m into a three-year Linux program.",
                       "Workplace runs on Linux.", "Workplace competes with Microsoft Office.",
                       "Workplace is sold to large firms.", title="IBM and Linux")
    assert by_quote(found, "$300m").subject == "IBM"


def test_a_name_and_its_hyphenated_full_name_are_one_company_in_either_order():
    found = figures_of("A slump in profitability at luxury car maker Mercedes hit its parent.",
                       "Mercedes-Benz's woes - its profits slid to just 20m euros - obscured a strong year at "
                       "Chrysler.", "Mercedes saw operating profits fall 46% to 1.6bn euros.",
                       title="Car giant hit by Mercedes slump")
    assert {by_quote(found, q).subject for q in ("20m euros", "46%", "1.6bn euros")} == {"Mercedes-Benz"}


def test_worth_a_described_thing_a_place_acting_on_its_own_and_a_loss_of_a_price_after_and():
    found = figures_of("Paws Incorporated makes toys.",
                       "The European Union estimates that the global trade in pirated wares is worth more than 200bn "
                       "euros a year.", "The State Environmental Protection Agency halted 30 projects.",
                       "In 2004, China increased its generating capacity by 12.6% to 440,700 megawatts.",
                       "US light crude fell to $43.32 a barrel, and have now lost $4 in five days.", title="Toys")
    assert by_quote(found, "200bn euros").subject == "global trade in pirated wares"
    assert by_quote(found, "12.6%").subject == "China"
    assert by_quote(found, "$4").value == -4


def test_the_rest_of_a_relative_clauses_list_names_no_subject():
    found = figures_of("The LSE rejected the bid.",
                       "In December, Deutsche Boerse, which also owns the derivatives market Eurex and the clearing "
                       "firm Clearstream, put an informal offer of 530 pence per LSE share on the table.",
                       title="Boerse bid")
    assert by_quote(found, "530 pence").subject == "Deutsche Boerse"


def test_a_speakers_own_thing_as_the_subject_owns_the_figure():
    found = figures_of("Phone companies are not doing enough, Icstis said.",
                       "My telephone supplier did not inform me that my monthly bill had risen from its normal £3 to "
                       "£5, to £320.", title="Call for action on internet scam")
    assert {by_quote(found, q).subject for q in ("£3", "£320")} == {"monthly bill"}
    assert not by_quote(found, "£320").certain


def test_what_a_measure_is_of_is_its_subject_one_thing_or_many():
    found = figures_of("Britons hoard music files, a UK study found.",
                       "The amount of data that can be stored has grown by 400% in the last three years.",
                       title="Digitally fat")
    assert by_quote(found, "400%").subject == "data"


def test_a_range_restated_in_brackets_is_no_figure_of_its_own():
    found = figures_of("Krispy Kreme warned the move would cut its profits by $3.8m to $4.9m (£2m to £2.6m).",
                       title="Krispy Kreme shares hit")
    assert [f.quote for f in found] == ["$3.8m", "$4.9m"]  # "£2.6m" had stood as a profit of its own


def test_valuing_government_income_and_a_production_unit_are_named_for_what_they_measure():
    found = figures_of("The spending plan is banking on a healthy US economy to boost government income by 6.1% to "
                       "$2.18 trillion.", "Sumitomo tabled a higher offer for UFJ, valuing the company at $35bn.",
                       "Baikal bought the Yuganskneftegas production unit for $9.4bn.", title="Budget")
    assert by_quote(found, "$2.18 trillion").metric == "government revenue"
    assert by_quote(found, "$35bn").metric == "valuation"
    assert by_quote(found, "$9.4bn").metric == "purchase price"


def test_buying_up_a_stake_is_no_rise():
    found = figures_of("Irish publishing group Independent News & Media is buying up a 26% stake in Indian newspaper "
                       "company Jagran.", "Its prices went up 5%.", title="INM buys Jagran stake")
    stake = by_quote(found, "26%")
    assert stake.kind != FigureKind.CHANGE and stake.direction == Direction.NONE
    assert by_quote(found, "5%").direction == Direction.UP


def test_a_name_written_only_by_the_word_it_shares_with_its_sibling_is_unsure():
    found = figures_of("LG Card's creditors have given LG Group until Wednesday to sign up to a rescue.",
                       "LG Group has said any package should reflect the firm's new ownership.",
                       "LG Card's plastic is used by seven million people.",
                       "LG card's creditors fear a move that could bankrupt the firm, which owes about $12.05bn.",
                       title="S Korean lender faces liquidation")
    debt = by_quote(found, "$12.05bn")
    assert not debt.certain and "may be" in debt.reason


def test_the_gap_between_exports_and_imports_is_a_trade_deficit_and_a_company_s_own_aim_in_a_survey_article():
    found = figures_of("The gap between US exports and imports has widened to more than $60bn.", title="Trade")
    assert by_quote(found, "$60bn").metric == "trade deficit"
    aims = figures_of("A recent survey by Mediametrie found that 70% of people interviewed were aware of DTT.",
                      "TNT aims to reach 35% of France's population at launch.", "TNT will use 17 sites.",
                      title="France gets digital TV")
    assert by_quote(aims, "35%").subject == "TNT"


def test_a_currency_after_an_opening_preposition_is_no_subject():
    found = figures_of("The dollar fell against the euro.", "Against the yen the dollar was trading down at $103.05.",
                       title="Dollar falls")
    assert by_quote(found, "$103.05").subject == "US dollar"


def test_an_amount_lost_is_a_loss():
    found = figures_of("Thailand may lose 30bn baht in earnings from tourism over the next three months.",
                       title="Tsunami hits tourism")
    assert by_quote(found, "30bn baht").metric == "lost profit"


def test_the_giant_is_not_the_company_the_sentence_before_called_its_subsidiary():
    found = figures_of("News Corporation is seeking to buy out minority investors in Fox Entertainment Group, its "
                       "broadcasting subsidiary, for about $5.4bn.",
                       "The media giant, run by Rupert Murdoch, owns 82% of the shares in the company, home to the Fox "
                       "television network.", "Fox Entertainment Group had revenue of $12bn.",
                       "Fox Entertainment Group shares rose.", "Fox Entertainment Group makes films.",
                       title="News Corp makes $5.4bn Fox offer")
    stake = by_quote(found, "82%")
    assert (stake.subject, stake.metric) == ("News Corporation", "stake")


def test_a_surveys_unplaced_people_are_of_the_one_place_the_article_is_about():
    europe = figures_of("Consumers want music rather than movies, says a report by Jupiter Research.",
                        "Jupiter Research found only 13% of Europeans want to watch video while out and about.",
                        "The growth of Europe's portable player market is likely to come from music.",
                        "Barely 5% of those questioned said they wanted a player that could play back movies.",
                        title="Consumers snub portable video")
    assert by_quote(europe, "5%").subject == "those questioned in Europe"
    # three places in one sentence: the survey's people are of none of them alone, however often the UK is named
    several = figures_of("The survey of consumers in the UK, France, Germany and the Netherlands was carried out by "
                         "Capgemini.", "More than half (55%) of consumers said they were concerned.",
                         "The tags are used at one Tesco centre in the UK.", "They are also used on a UK toll road.",
                         title="Concern over RFID tags")
    assert by_quote(several, "55%").subject == "consumers"
    # a place named once is a bystander's: "two US security organisations"
    once = figures_of("Two US computer security organisations warned people to avoid the browser.",
                      "Internet Explorer was used by about 95% of web surfers, according to WebSideStory.",
                      title="Firefox takes on Microsoft")
    assert by_quote(once, "95%").subject == "web surfers"
    # things are not people: "10% of all phones sold" may be sold anywhere
    things = figures_of("More than 50 million people own a mobile in the UK.", "All of the UK's operators have 3G.",
                        "Sony Ericsson predicted 3G handsets would account for 10% of all phones sold.",
                        "A survey said only 4% of mobile owners were thinking of upgrading to 3G phones.",
                        title="Cheaper chip for mobiles")
    assert by_quote(things, "4%").subject == "mobile owners in UK"
    assert "UK" not in by_quote(things, "10%").subject


def test_it_after_a_relative_clause_that_gave_the_figure_is_the_sentences_subject():
    found = figures_of("Virgin Blue said profits would fall.",
                       "Virgin Blue, which is 25% owned by Richard Branson, has been struggling to fend off Jetstar.",
                       'It cut its full year passenger number forecast by "approximately 2.5%".',
                       title="Virgin Blue shares plummet")
    cut = by_quote(found, "2.5%")
    assert (cut.subject, cut.value) == ("Virgin Blue", -2.5)


def test_a_consultancys_interest_rate_forecast_is_the_economys_and_the_cost_of_borrowing_is_a_rate():
    found = figures_of("The UK economy could suffer a backlash from the slowdown in the housing market.",
                       "Deloitte is forecasting economic growth of 2% this year.",
                       "It also believes that interest rates will fall to 4% by the end of the year.",
                       "It expects a series of interest rate cuts, with the cost of borrowing falling to 3.5% by 2006.",
                       title="Golden economic period to end")
    rate = by_quote(found, "4%")
    assert (rate.subject, rate.source, rate.certain) == ("UK", "Deloitte", False)
    assert by_quote(found, "3.5%").metric == "interest rate"
    # a lender's own rate stays its own
    own = figures_of("Abbey said its mortgage interest rate would rise to 5.5%.", title="Abbey raises rate")
    assert by_quote(own, "5.5%").subject == "Abbey"


def test_a_place_whose_possessive_introduces_a_company_is_not_its_subject_in_an_article_about_a_place():
    found = figures_of("Chile's copper industry has registered record earnings of $14.2bn in 2004, the governmental "
                       "Chilean Copper Commission (Cochilco) has reported.",
                       "Australia's BHP Billiton - which operates La Escondida, the world's largest open pit copper "
                       "mine - is planning to invest $1.9bn between now and 2007.",
                       title="Record year for Chilean copper")
    assert by_quote(found, "$1.9bn").subject == "BHP Billiton"


def test_a_bare_measure_its_clause_puts_in_a_place_is_that_places_not_the_company_in_focus():
    found = figures_of("BT is pushing broadband hard.", "BT said it wanted more customers.",
                       "With broadband penetration reaching 100% in the UK, firms want to give people reasons to "
                       "use it.",
                       title="Broadband push")
    reach = by_quote(found, "100%")
    assert (reach.subject, reach.certain) == ("UK", False)
    # a price in a place is still the thing's price
    price = figures_of("Nintendo will launch the DS in March.",
                       "The portable games machine, which features touch-screen control, will retail for £99 in "
                       "the UK.",
                       title="Nintendo DS launch date")
    assert by_quote(price, "£99").subject != "UK"


@pytest.mark.parametrize("country", ["Turkey", "Czech Republic", "Burma", "Macedonia", "Ivory Coast", "Scotland"])
def test_countries_cldr_names_otherwise_are_places_and_a_state_borrows_and_owes(country: str):
    found = figures_of(f"{country} has agreed a draft proposal with the International Monetary Fund to borrow $10bn.",
                       f"{country} has a huge debt burden - already owing $23bn to the IMF - while its current "
                       "account deficit has swelled to $10.7bn this year.",
                       title=f"IMF agrees fresh {country} funding")
    assert by_quote(found, "$10bn").subject == country
    assert by_quote(found, "$23bn").subject == country
    deficit = by_quote(found, "$10.7bn")
    assert (deficit.subject, deficit.metric) == (country, "current account deficit")


def test_a_company_officers_title_names_the_company_and_the_company_is_never_the_place_in_focus():
    found = figures_of("Bulgaria has given the go ahead for the construction of a $1.2bn oil pipeline.",
                       "Bulgaria will gain transit fees.",
                       "According to Pat Ferguson, President of AMBO, work on the pipeline will begin in 2005.",
                       "He added that the company had already raised about $900m from investors.",
                       title="Go-ahead for Balkan oil pipeline")
    assert by_quote(found, "$900m").subject == "AMBO"


def test_a_relative_clause_after_the_company_a_holder_owns_a_share_of_is_that_companys():
    found = figures_of("Reliance Group is India's biggest private company.", "Reliance Group makes plastics.",
                       "The Ambani family controls 48% of the group, which is worth $17bn.",
                       title="Reliance feud")
    assert by_quote(found, "$17bn").subject == "Reliance Group"
    assert by_quote(found, "48%").subject == "Ambani"


def test_a_persons_own_stake_payment_or_time_is_theirs_not_the_company_last_named():
    found = figures_of("Bob Murray, chairman of Sunderland FC, has launched a bid for the club.",
                       "A lifetime Sunderland supporter and board director since 1984, Mr Murray agreed to buy BSkyB's "
                       "4.76% holding in the club on Tuesday - taking his stake to 42.3%.",
                       "Should the offer be fully accepted, Mr Murray said he expected to pay a maximum of £1.53m.",
                       "In his new job, Mr Ghosn will devote 40% of his time to Renault.",
                       title="Murray makes Sunderland offer")
    stake = by_quote(found, "42.3%")
    assert (stake.subject, stake.period) == ("Bob Murray", "")
    assert by_quote(found, "4.76%").subject == "BSkyB"
    assert by_quote(found, "£1.53m").subject == "Bob Murray"
    assert by_quote(found, "40%").subject == "Ghosn"
    # a company's results are never a person's, whoever speaks of them
    results = figures_of("Acme chief executive John Smith said he expected profits of $5m.", title="Acme results")
    assert "Smith" not in by_quote(results, "$5m").subject


def test_a_stake_is_sure_only_of_a_holder_the_headline_names_or_that_holds_it_in_so_many_words():
    passive = figures_of("Aer Lingus is to be floated.",
                         "The company is 85% owned by the government and 15% by its staff.",
                         "Aer Lingus flies to 70 cities.", title="Executive trio leave airline")
    assert not by_quote(passive, "85%").certain and not by_quote(passive, "15%").certain
    related = figures_of("Japanese carmaker Nissan - in which Renault owns a 44% stake - contributed 1.7bn euros.",
                         "Nissan makes cars.", title="Carmaker boss hails great year")
    assert (by_quote(related, "44%").subject, by_quote(related, "44%").certain) == ("Renault", True)
    further = figures_of("S&N will buy a 17.5% equity stake in United, maker of the well-known Kingfisher lager brand, "
                         "and make a public offer to buy a further 20%.", title="Brewer extends Indian beer venture")
    assert by_quote(further, "17.5%").certain
    said = figures_of("Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reject "
                      "any offer.", title="Irish duo could block bid")
    assert by_quote(said, "29%").certain
    possessive = figures_of("Iran's parliament voted to cut Turkcell's stake in a new mobile network from 70% to 49%.",
                            title="Mobile deal at risk")
    assert by_quote(possessive, "70%").certain and by_quote(possessive, "70%").subject == "Turkcell"
    headline = figures_of("Renault owns 44% of Nissan after years of buying.", title="Renault boss hails great year")
    assert by_quote(headline, "44%").certain


def test_regional_house_prices_are_each_regions_and_a_list_said_respectively_pairs_names_and_figures():
    found = figures_of("UK house prices dipped slightly in November, the ODPM has said.",
                       "The ODPM data showed the average house price was £192,713 in England; £139,544 in Wales; "
                       "£116,542 in Scotland, and £111,314 in Northern Ireland.",
                       "The North East showed the highest rate of inflation at 26.2%.",
                       "In the North West and Yorkshire and the Humber, Halifax said prices rose by 3% and 1.2% in "
                       "the two regions respectively.",
                       "At the other end of the scale, prices in the South East and London fell by 1.6% and 0.5% "
                       "respectively.",
                       "In London, the area with the highest average house price at £262,825, annual house price "
                       "inflation rose to 7.1%.",
                       title="UK house prices dip in November")
    owners = {quote: by_quote(found, quote).subject for quote in
              ("£192,713", "£139,544", "£111,314", "26.2%", "3%", "1.2%", "1.6%", "0.5%", "£262,825")}
    assert owners == {"£192,713": "England housing market", "£139,544": "Wales housing market",
                      "£111,314": "Northern Ireland housing market", "26.2%": "North East housing market",
                      "3%": "North West housing market", "1.2%": "Yorkshire and the Humber housing market",
                      "1.6%": "South East housing market", "0.5%": "London housing market",
                      "£262,825": "London housing market"}
    assert by_quote(found, "7.1%").metric == "house price growth"


def test_in_a_house_price_article_that_speaks_of_house_price_inflation_bare_inflation_is_house_price_growth():
    found = figures_of("UK house prices dipped, but annual house price inflation is still strong.",
                       "The North East showed the highest rate of inflation at 26.2%, followed by Yorkshire and the "
                       "Humber on 21.7%, and the North West on 21.1%.", title="UK house prices dip in November")
    assert {q: (by_quote(found, q).subject, by_quote(found, q).metric) for q in ("26.2%", "21.7%", "21.1%")} == {
        "26.2%": ("North East housing market", "house price growth"),
        "21.7%": ("Yorkshire and the Humber housing market", "house price growth"),
        "21.1%": ("North West housing market", "house price growth")}
    consumer = figures_of("UK house prices dipped.", "Inflation rose to 1.6%.", title="UK house prices dip")
    assert by_quote(consumer, "1.6%").metric == "inflation"


def test_an_amount_named_again_with_the_is_the_one_named_before_and_an_organisation_is_never_a_place():
    games = figures_of("Gamers in the UK spent more than £1.34bn in 2004.",
                       "However, Sony's PlayStation 2 was the top seller with 47% of the £1.34bn spent on games.",
                       title="Gangsters dominate gaming chart")
    assert len([f for f in games if f.quote == "£1.34bn"]) == 1
    agency = figures_of("The US is fighting cyber crime with a $1bn plan.",
                        "Mr Yoran's first task was to get the Cyber Security Division up and running.",
                        "The organisation had a staff of about 60 people and a budget of about $80m.",
                        title="Cyber security chief resigns")
    assert by_quote(agency, "$80m").subject == "Cyber Security Division"


def test_a_thing_a_dashed_relative_clause_gives_the_figure_of_owns_it_unsure():
    found = figures_of("The Bank of England held rates at 4.75%.",
                       "The Bank remains concerned about the long-term risks posed by personal debt - which is rising "
                       "at 15% a year - if economic conditions worsen.", title="Bank warns on debt")
    debt = by_quote(found, "15%")
    assert (debt.subject, debt.certain) == ("personal debt", False)


def test_the_club_is_the_company_the_article_is_about_before_the_one_the_sentence_before_named():
    found = figures_of("Manchester United has received a new offer from Malcolm Glazer.",
                       "Manchester United said it would consider it.", "Manchester United shares rose.",
                       "The UK economy grew 3%.",
                       "Regulators in Britain will look at the bid under the Enterprise Act.",
                       "Mr Glazer's offer values the club at £800m.", title="Shares rise on new Man Utd offer")
    assert by_quote(found, "£800m").subject == "Manchester United"
    balkan = figures_of("Albania, Bulgaria and Macedonia have approved a $1.2bn oil pipeline through the Balkan "
                        "peninsula.", "The pipeline will be built by the US-registered Albanian Macedonian Bulgarian "
                        "Oil Corporation (AMBO).", "According to Pat Ferguson, President of AMBO, work will begin in "
                        "2005.", "He added that the company had already raised about $900m.",
                        title="Go-ahead for Balkan oil pipeline")
    assert by_quote(balkan, "$900m").subject == "Albanian Macedonian Bulgarian Oil Corporation"


def test_money_for_each_share_is_a_dividend_or_an_offer_price_not_the_share_price():
    found = figures_of("Verizon plans to swap 0.41 of its shares and $1.50 in cash for each MCI share, as well as "
                       "offering special dividends of $4.50 a share.",
                       "Lufthansa has recommended paying a 2004 dividend of 0.30 euros per share.",
                       "Shares in BP closed at 590 pence.", title="Verizon wins MCI")
    assert by_quote(found, "$1.50").metric == "offer price per share"
    assert by_quote(found, "$4.50").metric == "dividend per share"
    assert by_quote(found, "0.30 euros").metric == "dividend per share"
    assert by_quote(found, "590 pence").metric == "share price"


def test_by_takes_the_verb_before_its_object_whatever_stands_between():
    found = figures_of("BT unveiled plans to cut the wholesale prices of its most popular broadband product by about "
                       "8% from April.", "The stock tumbled in Paris, shedding 15% to 22 euro cents.",
                       "The government is seeking to cut the Medicaid budget, which provides health care to the "
                       "nation's poorest, by $45bn.", "Virgin Blue is 25% owned by Richard Branson.",
                       title="BT cuts prices")
    assert by_quote(found, "8%").value == -8 and by_quote(found, "15%").value == -15
    assert by_quote(found, "$45bn").value == -45e9
    assert by_quote(found, "25%").value == 25


def test_money_moves_lower_at_a_price_by_a_verb_far_back_and_in_a_movement_of():
    found = figures_of("Standard Chartered's shares were 28 pence lower at 925p by midday.",
                       "The Turkmen side agreed to lower the price demanded by $2 per 1,000 cubic metres, bringing it "
                       "down to $58.", "Despite a fall of more than $12 a barrel from the record highs, oil rose.",
                       "It was made up of $250m to pay back gains.", title="Markets")
    assert by_quote(found, "28 pence").value == -28 and by_quote(found, "925p").value == 925
    assert by_quote(found, "$2").value == -2
    fifty_eight = by_quote(found, "$58")
    assert (fifty_eight.value, fifty_eight.metric) == (58, "price")
    assert by_quote(found, "$12").value == -12 and by_quote(found, "$250m").value == 250e6


def test_a_places_market_sized_by_an_amount_and_an_earnings_restatement_of_unsaid_direction():
    found = figures_of("Recent investigations have exposed errors at Fannie Mae, which supplies funds to America's "
                       "$8 trillion mortgage market.", "Fannie Mae could have to restate its earnings by up to $9bn.",
                       "It could be forced to restate $7bn in earnings over the past four years.",
                       "KFB is a retail bank focused on mortgage lending, which makes up 45% of its loans.",
                       title="Fannie Mae faces probe")
    market = by_quote(found, "$8 trillion")
    assert (market.subject, market.metric) == ("US mortgage market", "size")
    for quote in ("$9bn", "$7bn"):
        # a restatement may raise results or cut them: which, the sentence does not say
        restated = by_quote(found, quote)
        assert (restated.metric, restated.certain) == ("earnings restatement", False)
        assert restated.reason.startswith("direction unclear")
    assert "market" not in by_quote(found, "45%").subject


def test_the_uks_parts_count_for_the_uk_and_two_places_joined_by_and_are_both():
    found = figures_of("Government figures have confirmed a slowdown of the UK's housing market.",
                       "The average house price in England and Wales was £182,920.",
                       "The biggest annual gains were made in Wales, where house prices were up by 23%.",
                       "House prices rose the slowest in Greater London, being up by 6%.",
                       "Halifax said house prices rose by 0.8% in January.", title="Survey confirms property slowdown")
    assert by_quote(found, "£182,920").subject == "England and Wales housing market"
    assert by_quote(found, "23%").subject == "Wales housing market"
    assert by_quote(found, "6%").subject.startswith("Greater London")
    assert by_quote(found, "0.8%").subject == "UK housing market"


def test_the_company_after_a_place_in_focus_is_the_company_the_article_names_most():
    found = figures_of("Air Deccan has ordered 30 Airbus planes in a $1.8bn deal.", "Air Deccan flies across India.",
                       "India's government has given its backing to cheaper air travel.",
                       "Kingfisher Airlines and Jet Airways compete with Air Deccan and Spicejet.",
                       "To help finance the expansion the company may sell a 25% stake to an investor for about $50m.",
                       title="India's Deccan seals $1.8bn deal")
    assert by_quote(found, "25%").subject == "Air Deccan"


def test_who_a_survey_is_by_states_others_figures_however_often_the_article_names_it():
    found = figures_of("A survey of 280 schemes by Incomes Data Services' (IDS) said employer contributions had "
                       "increased from £5.5bn to £8.2bn a year.", "IDS said some schemes were in good health.",
                       "IDS is a research group.", title="Firms pump billions into pensions")
    paid = by_quote(found, "£8.2bn")
    assert (paid.subject, paid.source, paid.certain) == ("employer contributions", "Incomes Data Services", False)
    own = figures_of("Acme said its sales rose to £5bn.", "Acme makes widgets.", title="Acme results")
    assert by_quote(own, "£5bn").subject == "Acme"


def test_a_name_that_keeps_its_possessive_before_an_organisation_word_is_one_name():
    found = figures_of("Accessory vendor Claire's Stores also suffered, leaving its same store sales 5% higher, "
                       "compared to a 6% rise last year.", "Wal-Mart's sales rose.", title="US retail sales")
    assert by_quote(found, "5%").subject == "Claire's Stores"
    stake = figures_of("Mr Murray's stake rose to 42.3%.", title="Murray bid")
    assert "Murray's" not in by_quote(stake, "42.3%").subject


def test_the_thing_a_figure_is_compared_with_owns_it_unless_it_is_a_measure_of_the_subject():
    found = figures_of("Wal-Mart's average pay is almost twice the national minimum wage of $5.15 an hour.",
                       "Lufthansa made a profit of 400m euros, compared with a loss of 984m euros in 2003.",
                       "The price agreed was less than the catalogue price of $17.6m.", title="Wal-Mart pay")
    wage = by_quote(found, "$5.15")
    assert (wage.subject, wage.certain) == ("national minimum wage", False)
    assert by_quote(found, "984m euros").subject == "Lufthansa"
    assert by_quote(found, "$17.6m").subject != "catalogue price"


def test_a_clause_opened_by_it_and_its_verb_has_it_as_subject_not_the_name_after_the_verb():
    found = figures_of("Yukos is fighting for survival.",
                       "It was forced to sell its key production unit Yuganskneftegas (Yugansk) last month after being "
                       "hit with a bill of $27bn in unpaid taxes and fines.",
                       "It said Yuganskneftegas earned $3bn.", title="Yukos")
    assert by_quote(found, "$27bn").subject == "Yukos"
    assert by_quote(found, "$3bn").subject == "Yuganskneftegas"


def test_an_indexs_possessive_owns_its_move_and_holders_in_an_aside_own_their_stake():
    found = figures_of("Standard Chartered's sale of new shares pushed its share price down, contributing to the "
                       "FTSE 100's 0.3% decline.", title="UK bank seals South Korean deal")
    assert by_quote(found, "0.3%").subject == "FTSE 100"
    held = figures_of("South Korea's banks are wary.", "The firm's creditors - which own 99% of LG Card - have been "
                      "trying to agree a deal.", "They took control of the company in January when it avoided "
                      "bankruptcy only through a $4.5bn bail-out.", title="S Korean lender faces liquidation")
    creditors = by_quote(held, "99%")
    assert (creditors.subject, creditors.certain) == ("LG Card creditors", False)
    assert by_quote(held, "$4.5bn").subject == "LG Card"


def test_a_span_of_months_is_the_period_not_its_first_month():
    found = figures_of("The average house price was £182,920, down from £187,971 in July-September.",
                       "The economy expanded at an annual rate of 3.7% in the July to September period.",
                       "Sales rose 5% in July.", title="Survey confirms property slowdown")
    assert by_quote(found, "£187,971").period == "July-September"
    assert by_quote(found, "3.7%").period == "July to September"
    assert by_quote(found, "5%").period == "July"


def test_an_office_of_state_forecasts_the_states_deficit_it_has_none_of_its_own():
    found = figures_of("Past Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall in "
                       "the 2005 fiscal year.", "The CBO also forecast a total shortfall of $855bn.",
                       title="US budget deficit to reach $368bn")
    for quote in ("$348bn", "$855bn"):
        shortfall = by_quote(found, quote)
        assert (shortfall.subject, shortfall.source, shortfall.certain) == ("US", "Congressional Budget Office", False)


def test_a_company_speaking_of_a_measure_across_its_own_parts_speaks_of_its_own():
    found = figures_of("Next is a UK retailer.", "Overall sales across both its retail and mail order divisions were "
                       "up 12.4%, Next said.", "Next makes clothes.", title="Next sales rise")
    sales = by_quote(found, "12.4%")
    assert (sales.subject, sales.certain) == ("Next", True)


def test_what_makes_up_a_share_of_its_whole_is_that_share_now_not_a_rise_since_the_opening_date():
    found = figures_of("Since 1999, KFB has been restructured from a wholesale bank into a retail bank focused on "
                       "mortgage lending, which makes up 45% of its loans.", title="UK bank seals South Korean deal")
    loans = by_quote(found, "45%")
    assert (loans.value, loans.metric, loans.period) == (45, "share of loans", "")
    assert loans.kind.value == "share"


@pytest.mark.parametrize("sentence", [
    "Shares of Northwind dipped on the news in Mumbai, but recovered to trade almost 6% higher.",
    "Shares in Northwind slipped early on and closed the day 6% higher.",
])
def test_a_clause_that_opens_with_a_past_verb_shares_the_subject_before_it(sentence: str):
    found = figures_of("Anil Rao has left the board of Northwind.", sentence, title="Northwind director quits")
    move = by_quote(found, "6%")
    assert (move.subject, move.certain, move.metric) == ("Northwind", True, "share price change")


def test_a_persons_own_holding_named_after_the_figure_is_a_stake_of_theirs():
    found = figures_of("Ralph Tanner has made a new approach to Northwind.",
                       "Mr Tanner had one offer turned down by the board and responded by using his 28.1% "
                       "shareholding to vote off three directors.", title="Tanner returns to Northwind")
    stake = by_quote(found, "28.1%")
    assert (stake.subject, stake.metric, stake.certain) == ("Ralph Tanner", "stake", True)


def test_a_country_a_deal_lets_defer_or_repay_owes_the_money_not_the_lender_in_focus():
    found = figures_of("The IMF has approved a new loan for Turkey.",
                       "The agreement would also enable Turkey to defer payments on previous loans worth $3.7m "
                       "until 2006.", title="IMF backs Turkey loan")
    owed = by_quote(found, "$3.7m")
    assert (owed.subject, owed.certain) == ("Turkey", True)


def test_a_share_of_a_named_things_is_theirs_also_in_a_statement_someone_makes():
    found = figures_of("Sony plans to launch its next console in 2006.",
                       "Mr Florin said that more than 50% of all Nintendo's games were sold to adults.",
                       title="Games grow up")
    assert by_quote(found, "50%").subject == "Nintendo"


@pytest.mark.parametrize(("sentences", "owner"), [
    (("The Liberal Democrats want to raise winter fuel payments in the UK.",
      "The government gives £200 for winter fuel to households with people over 60."), "UK government"),
    (("Yukos is fighting a tax bill in Russia.", "Yukos said the Russian government would spend £200 on every "
      "new home."), "Russian government"),
])
def test_the_government_is_a_countrys_never_the_party_or_company_in_focus(sentences: tuple[str, ...], owner: str):
    figure = by_quote(figures_of(*sentences, title="Party pledges winter fuel boost"), "£200")
    assert figure.subject == owner


@pytest.mark.parametrize("sentence", [
    "A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year.",
    "The National Audit Office's annual report showed the total cost of the projects had risen by £1.7bn.",
])
def test_a_bodys_report_states_others_figures_it_does_not_own_them(sentence: str):
    found = figures_of("The Ministry of Defence has been criticised over the costs of its projects.", sentence,
                       "The National Audit Office publishes a report every year.", title="Report attacks spending")
    cost = by_quote(found, "£1.7bn")
    assert cost.subject != "National Audit Office" and not cost.certain


def test_what_a_party_claims_of_money_someone_else_pledged_is_not_surely_its_own():
    found = figures_of("The Conservatives want more school sport.",
                       "The Tories also claim that of the £750m the prime minister pledged in 2000 to invest on "
                       "school sports facilities, only £41m had been spent.", title="Tories promise sports clubs")
    assert not any(f.certain and f.subject in ("Tories", "Conservatives") for f in found)


def test_the_difference_between_what_a_country_exported_and_imported_is_its_trade_deficit():
    found = figures_of("According to the Office for National Statistics, the difference between what the UK exported "
                       "and imported was £3.1bn, down from October's £3.6bn.", title="UK trade gap narrows")
    assert by_quote(found, "£3.1bn").metric == "trade deficit"


def test_a_states_borrowing_is_its_measure_and_another_amounts_letters_are_no_noun():
    found = figures_of("Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted in March.",
                       "Borrowing costs rose to 4.75%.", title="Chancellor shrugs off fears")
    assert by_quote(found, "£35bn").metric == "borrowing"
    assert by_quote(found, "£2.5bn").metric != "bn"
    assert by_quote(found, "4.75%").metric == "interest rate"


@pytest.mark.parametrize(("sentence", "period"), [
    ("Borrowing for 2003/4 was £35bn.", "2003/4"),
    ("Borrowing is tipped to fall to £31bn by 2005/06.", "2005/06"),
    ("In the 2004-05 financial year sales were £3m.", "2004-05"),
])
def test_a_financial_year_across_two_years_is_the_period(sentence: str, period: str):
    assert figures_of(sentence)[0].period == period


def test_a_verb_in_quotes_still_says_which_way_the_figure_went():
    found = figures_of("The number of films made in the UK fell 40% in 2004.",
                       title="Film production 'falls' 40% in UK")
    assert [f.value for f in found if f.quote == "40%"] == [-40]


@pytest.mark.parametrize("sentence", [
    "After topping the chart for two weeks, Smith's romantic comedy Hitch dropped to second place with takings of "
    "$21m.",
    "Smith's new film Hitch took $21m over the weekend.",
])
def test_a_makers_possessive_introduces_the_work_that_owns_the_figure(sentence: str):
    found = figures_of("Hitch starring Will Smith has led the US box office.", sentence, title="Hitch loses crown")
    assert by_quote(found, "$21m").subject == "Hitch"


def test_a_name_and_a_role_before_a_person_describe_that_person_who_did_the_deed():
    found = figures_of("Pop Idol supremo Simon Fuller has sold his Nineteen company to a US entrepreneur in a $156m "
                       "deal.", title="Fuller sells his company")
    assert by_quote(found, "$156m").subject != "Pop Idol"


def test_a_large_sum_written_before_the_name_of_works_is_their_cost_not_the_builders():
    found = figures_of("China is building more power stations.", "Two power stations are being built at the $22bn "
                       "Three Gorges Dam project on the Yangtze River.", title="China tops energy list")
    assert by_quote(found, "$22bn").subject == "Three Gorges Dam"



def test_an_article_counting_in_pounds_that_names_no_country_is_about_the_uks_government():
    found = figures_of("The Liberal Democrats want to raise winter fuel payments.",
                       "The government gives £200 for winter fuel to households with people over 60.",
                       title="Party pledges winter fuel boost")
    assert by_quote(found, "£200").subject == "UK government"


def test_a_change_of_prices_in_general_in_a_place_is_that_places_not_the_company_in_focus():
    found = figures_of("Philips makes HD screens.", "LCD prices dropped by 43% in Europe as a whole last year.",
                       title="TV prices fall")
    assert by_quote(found, "43%").subject == "Europe"


def test_the_word_after_a_names_possessive_is_no_name_of_its_own_where_a_sentence_opens_with_it():
    article = Article(title="Mixed Christmas for retailers", lead=(
        "Accessory vendor Claire's Stores saw its sales rise 5%.",
        "\"Stores that have been struggling appear to be continuing that trend.\""))
    assert "Stores" not in ArticleNames(article).counts


def test_overall_after_one_retailer_among_many_sums_up_the_trade_not_the_last_company():
    found = figures_of("Nordstrom said sales were 9.3% higher.", "Sales rose 28% at Bebe and 32.2% at Gap.",
                       "Costco Wholesale said sales rose 8%.", "But Wal-Mart only saw its sales rise 3% after it cut "
                       "prices.", "Wal-Mart had warned of weak sales.",
                       "Overall, December sales are forecast to rise by 4.5% to $220bn.", title="Mixed Christmas")
    assert not by_quote(found, "$220bn").certain


def test_the_countrys_market_with_a_figure_after_a_comparison_is_that_markets():
    found = figures_of("Standard Chartered is buying Korea First Bank.", "South Korea's economy is growing.",
                       "The country's banking market is three times the size of Hong Kong's with annual revenues of "
                       "$44bn.", title="StanChart buys Korean bank")
    assert by_quote(found, "$44bn").subject == "South Korea banking market"


def test_what_a_statistics_office_revises_is_the_economys_not_a_body_in_focus():
    found = figures_of("UK retail sales fell in December, failing to meet expectations.",
                       "Retail sales dropped by 1% on the month in December, after a 0.6% rise in November, the "
                       "Office for National Statistics (ONS) said.",
                       "The ONS revised the annual 2004 rate of growth down from the 5.9% estimated in November to "
                       "3.2%.", "A number of retailers have already reported poor figures.",
                       title="Christmas sales worst since 1981")
    for quote in ("5.9%", "3.2%"):
        growth = by_quote(found, quote)
        assert (growth.subject, growth.certain) == ("UK", False)


def test_a_percentage_of_a_named_companys_shares_is_a_stake_not_a_share_price():
    found = figures_of("The bid has come from investment firm Highfields Capital, which already owns 6.7% of Circuit "
                       "City's shares.", title="Circuit City gets bid")
    assert by_quote(found, "6.7%").metric == "stake"


def test_what_a_subject_complains_of_in_a_later_clause_is_not_surely_its_own():
    found = figures_of("Deutsche Boerse wants the LSE.", "TCI, which claims to represent owners of 5% of Deutsche "
                       "Boerse's (DB) shares, has complained that the £1.35bn offer for the LSE is too high.",
                       "TCI wants the money back.", "TCI is a hedge fund.", title="LSE doubts boost bidders' shares")
    offer = by_quote(found, "£1.35bn")
    assert not offer.certain


def test_the_company_a_bid_would_value_is_the_one_just_described_and_a_price_paid_per_share_is_an_offer():
    found = figures_of("Brewer Fosters has bought a stake in winemaker Southcorp.",
                       "Fosters bought 18.8% of Southcorp, the global winemaker behind the Penfolds brand, for 4.17 "
                       "Australian dollars per share.", "A bid at that price would value the company at A$3.1bn.",
                       "Fosters said it was in talks.", title="Fosters buys stake in winemaker")
    value = by_quote(found, "A$3.1bn")
    assert (value.subject, value.metric) == ("Southcorp", "valuation")
    assert by_quote(found, "4.17 Australian dollars").metric == "offer price per share"


def test_a_contraction_and_an_eve_are_no_names_and_an_audience_share_is_no_share_price():
    found = figures_of("Meet the Fockers broke the record for the most money taken on New Year's Eve, when it made "
                       "$12.2m.", "\"Isn't it great\" was the comment on the £1,950 throne.",
                       "The debut of a US hit helped lift Channel Five's January audience share by 12%.",
                       title="Fockers breaks records")
    assert by_quote(found, "$12.2m").subject != "Eve"
    assert by_quote(found, "£1,950").subject != "Isn"
    assert by_quote(found, "12%").metric.startswith("audience share")


def test_what_a_film_made_or_took_at_the_box_office_is_its_takings_not_a_profit():
    found = figures_of("Meet the Fockers broke the box office records for the most money taken on New Year's Eve, "
                       "when it made $12.2m.", title="Fockers breaks records")
    assert by_quote(found, "$12.2m").metric == "box office takings"


def test_a_makers_possessive_before_a_kind_of_work_is_not_the_owner_of_the_works_figure():
    found = figures_of("Will Smith's first romantic comedy, Hitch, has topped the North American box office.",
                       "Hitch took $31.8m.", "Smith's comedy will be the first US movie released this year to top "
                       "the $100m mark.", title="Hitch holds on to US box office")
    assert by_quote(found, "$100m").subject == "Hitch"


def test_it_opening_a_sentence_is_the_company_that_acted_not_the_one_it_acted_on():
    found = figures_of("Northwind is fighting the sale of its unit.", "Acme wants to buy the unit.",
                       "The announcement came hours after Northwind accused Acme of illegally taking part in the "
                       "auction.", "It has said it will be seeking damages of $20bn.", "Northwind shares fell.",
                       title="State backs sale of Northwind unit")
    assert by_quote(found, "$20bn").subject == "Northwind"


def test_a_figure_at_a_described_company_with_a_possessive_in_its_description_is_that_companys():
    found = figures_of("US retailers posted mixed results.", "Trendy youth labels also sold well, with sales jumping "
                       "28% at young women's clothing retailer Bebe Stores.", title="Mixed Christmas for US retailers")
    assert by_quote(found, "28%").subject == "Bebe Stores"
