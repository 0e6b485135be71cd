package pl.offers.job.domain.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import pl.offers.job.domain.job.dto.JobResponse;
import pl.offers.job.domain.job.dto.JobsResponse;

import java.util.List;

public class JobFacadeTestConfiguration {
    private final InMemoryFetcherTestImpl inMemoryFetcherTest;
    private final InMemoryJobRepository jobRepository;
    public ObjectMapper objectMapper = new ObjectMapper();

    JobFacadeTestConfiguration() throws JsonProcessingException {
        String json = """
                {
                 	"success": true,
                 	"list": [
                 		{
                 			"slug": "prime-engineering-technical-analyst-with-sap-krakow",
                 			"title": "Technical Analyst with SAP",
                 			"requiredSkills": [
                 				"SAP TR",
                 				"SAP",
                 				"SAP Cash Management",
                 				"SAP FI",
                 				"Java",
                 				"SAP IHC / SAP APM"
                 			],
                 			"niceToHaveSkills": null,
                 			"workplaceType": "remote",
                 			"workingTime": "full_time",
                 			"experienceLevel": "mid",
                 			"employmentTypes": [
                 				{
                 					"to": 20000,
                 					"from": 16000,
                 					"type": "b2b",
                 					"to_chf": 4275.46,
                 					"to_eur": 4579.8400000000001,
                 					"to_gbp": 3903.98,
                 					"to_pln": "20000",
                 					"to_usd": 4965.1400000000003,
                 					"currency": "pln",
                 					"from_chf": 3420.3679999999999,
                 					"from_eur": 3663.8719999999998,
                 					"from_gbp": 3123.1840000000002,
                 					"from_pln": "16000",
                 					"from_usd": 3972.1120000000001
                 				}
                 			],
                 			"categoryId": 22,
                 			"multilocation": [
                 				{
                 					"city": "Kraków",
                 					"slug": "prime-engineering-technical-analyst-with-sap-krakow",
                 					"street": "Centrum",
                 					"latitude": 50.0591121,
                 					"longitude": 19.9378922
                 				},
                 				{
                 					"city": "Wroclaw",
                 					"slug": "prime-engineering-technical-analyst-with-sap-wroclaw",
                 					"street": "Centrum",
                 					"latitude": 51.107885199999998,
                 					"longitude": 17.038537600000002
                 				},
                 				{
                 					"city": "Gdańsk",
                 					"slug": "prime-engineering-technical-analyst-with-sap-gdansk",
                 					"street": "Centrum",
                 					"latitude": 54.3520252,
                 					"longitude": 18.646638400000001
                 				},
                 				{
                 					"city": "Poznań",
                 					"slug": "prime-engineering-technical-analyst-with-sap-poznan",
                 					"street": "Centrum",
                 					"latitude": 52.409363399999997,
                 					"longitude": 16.931799099999999
                 				},
                 				{
                 					"city": "Warszawa",
                 					"slug": "prime-engineering-technical-analyst-with-sap",
                 					"street": "Centrum",
                 					"latitude": 52.230209100000003,
                 					"longitude": 21.0113922
                 				}
                 			],
                 			"city": "Kraków",
                 			"street": "Centrum",
                 			"latitude": "50.0591121",
                 			"longitude": "19.9378922",
                 			"remoteInterview": true,
                 			"companyName": "Prime Engineering",
                 			"companyLogoThumbUrl": "https://public.justjoin.it/offers/company_logos/thumb_x2/d82b9c0187e10636eb9f44e48c8db70feab6368e.png?1706627503",
                 			"publishedAt": "2024-01-30T15:13:56.445Z",
                 			"openToHireUkrainians": false
                 		}
                    ]
                }""";
        JobsResponse parsedJson = objectMapper.readValue(json, new TypeReference<>() {
        });
        this.inMemoryFetcherTest = new InMemoryFetcherTestImpl(parsedJson);
        this.jobRepository = new InMemoryJobRepository();
    }

    JobFacadeTestConfiguration(JobsResponse remoteClientJobs) {
        this.inMemoryFetcherTest = new InMemoryFetcherTestImpl(remoteClientJobs);
        this.jobRepository = new InMemoryJobRepository();
    }

    JobFacade jobFacadeForTests() {
        return new JobFacade(jobRepository, new JobService(inMemoryFetcherTest, jobRepository));
    }

}
